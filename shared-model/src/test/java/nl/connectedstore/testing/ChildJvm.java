package nl.connectedstore.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line of a JVM a test starts to stand in for an app or a till (the crash and start-up tests start 60
 * of them per build). They start the way an installed app would, with an application class-data archive (AppCDS):
 * the classes a till loads to open the database come mapped from one file instead of being read, parsed and
 * verified each time, which cuts a third to a half of each start's CPU. The archive is made once per build by
 * {@link ChildJvmWarmUp} and shared by the build's test JVMs; AppCDS takes classes from jar files only, so the
 * module's class folders are packed into jars next to it. Where no archive can be made the child starts without
 * one, as before: only slower.
 */
public final class ChildJvm {

    /** System property: the folder where this build keeps the children's class path jars and archive. */
    public static final String FOLDER_PROPERTY = "connectedstore.test.childJvm";
    /** The shared database server's extra JVM options (persistence's {@code SharedH2}), passed on to children. */
    private static final String SERVER_JVM_OPTIONS = "connectedstore.h2.serverJvmOptions";
    private static final Logger log = LoggerFactory.getLogger(ChildJvm.class);

    private static Prepared prepared;

    private record Prepared(String classPath, Path archive) {
    }

    private ChildJvm() {
    }

    /** {@code java <options> [archive] -cp <class path> <main> <args>}: a child JVM of this test JVM. */
    public static List<String> command(List<String> options, Class<?> main, String... args) {
        Prepared p = prepare();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        String serverOptions = System.getProperty(SERVER_JVM_OPTIONS);
        if (serverOptions != null) {
            // a child that starts the shared server starts it as this test JVM would
            command.add("-D" + SERVER_JVM_OPTIONS + "=" + serverOptions);
        }
        if (p.archive() != null) {
            command.add("-XX:SharedArchiveFile=" + p.archive());
            command.add("-Xlog:cds=off,cds+dynamic=off");
        }
        command.addAll(List.of("-cp", p.classPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path: Surefire names it; under exec:java it is the context class loader's. */
    public static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null) {
            return surefire;
        }
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static synchronized Prepared prepare() {
        if (prepared == null) {
            String folder = System.getProperty(FOLDER_PROPERTY);
            try {
                Path dir = folder == null || folder.isBlank() ? Files.createTempDirectory("cs-child-jvm-")
                        : Files.createDirectories(Path.of(folder));
                // the build's test JVMs share the folder: one packs and archives, the others wait and use it
                try (FileChannel channel = FileChannel.open(dir.resolve("prepare.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    String classPath = jarredClassPath(dir);
                    Path archive = dir.resolve("children.jsa");
                    Path failed = dir.resolve("children.jsa.failed");
                    if (!Files.exists(archive) && !Files.exists(failed)) {
                        dump(dir, classPath, archive, failed);
                    }
                    prepared = new Prepared(classPath, Files.exists(archive) ? archive : null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return prepared;
    }

    /** The test class path with each class folder replaced by a jar of it (made once per folder). */
    private static String jarredClassPath(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : testClassPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + (n++) + ".jar");
                if (!Files.exists(jar)) {
                    Path part = dir.resolve(jar.getFileName() + ".part");
                    pack(path, part);
                    Files.move(part, jar, StandardCopyOption.ATOMIC_MOVE);
                }
                entries.add(jar.toAbsolutePath().toString());
            } else if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(file) && !name.isEmpty()) {
                    // folder entries too: Flyway finds its migrations through getResources("db/migration")
                    out.putNextEntry(new JarEntry(name + "/"));
                    out.closeEntry();
                } else if (Files.isRegularFile(file)) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
    }

    /** Runs the warm-up once with the archive written at its exit. */
    private static void dump(Path dir, String classPath, Path archive, Path failed) throws IOException {
        long started = System.nanoTime();
        Path part = dir.resolve("children.jsa.part");
        Path home = Files.createTempDirectory("cs-child-jvm-warm-up-");
        Path output = dir.resolve("warm-up.log");
        Process warmUp = new ProcessBuilder(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=" + part, "-Dconnectedstore.h2.idleSeconds=1", "-cp", classPath,
                ChildJvmWarmUp.class.getName(), home.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")))
                .start();
        try {
            boolean ended = warmUp.waitFor(300, TimeUnit.SECONDS);
            if (ended && warmUp.exitValue() == 0 && Files.exists(part)) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
                log.info("Child JVM class-data archive made in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return;
            }
            warmUp.destroyForcibly();
            log.warn("No class-data archive for child JVMs (see {}); they start without one", output);
        } catch (InterruptedException e) {
            warmUp.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (OutputStream marker = Files.newOutputStream(failed)) {
            marker.flush();
        }
    }
}
