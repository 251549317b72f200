package nl.connectedstore.ui;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One terminal's settings in one file, so a till is set up without a command line: {@code name=value} lines in
 * the {@code .properties} format, UTF-8, {@code #} for comments. The file is the one named by {@code --config=FILE}
 * or {@value #ENV}, else {@code ~/.config/connectedstore/terminal.properties}, else
 * {@code /etc/connectedstore/terminal.properties}; with none of these the apps run on their defaults (the demo).
 * A setting on the command line wins over the file, and the file over environment variables.
 *
 * <p>The file is checked whole before the app uses any of it: a name the app does not know, a line that is not
 * a setting, a setting given twice or without a value is refused with the file and line in the message. Values
 * are never quoted in a message (a line may hold the database password). {@link #where} tells the app where a
 * setting came from, so a bad value found later (a store the database does not know) names the line too.
 */
public final class TerminalFile {


    /** Environment variable naming the file. */
    public static final String ENV = "CONNECTEDSTORE_CONFIG";
    /** Command-line option naming the file. */
    public static final String OPTION = "config";
    /** Settings every app reads from the file. */
    public static final Set<String> COMMON = Set.of("store", "terminal", "home", "db-url", "db-user", "db-password",
            "h2-port");
    /** Settings that are on or off: {@code true} or {@code false} in the file, a bare {@code --name} on the command line. */
    public static final Set<String> FLAGS = Set.of("fullscreen");
    private static final Set<String> SECRET = Set.of("db-password");

    private final Path file;
    private final Map<String, String> values;
    private final Map<String, Integer> lines;

    private TerminalFile(Path file, Map<String, String> values, Map<String, Integer> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    /** No file: the command line, the environment and the defaults. */
    public static TerminalFile none() {
        return new TerminalFile(null, Map.of(), Map.of());
    }

    /**
     * The file this terminal is set up by: {@code --config}, then {@value #ENV}, then the user's and the
     * machine's usual place when a file is there.
     */
    public static Optional<Path> locate(Map<String, String> commandLine, Map<String, String> env, Path userHome,
                                        Path machineConfig) {
        String named = commandLine.get(OPTION);
        if (named == null || named.isBlank()) {
            named = env.get(ENV);
        }
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named.strip()));
        }
        return Stream.of(userHome.resolve(".config/connectedstore/terminal.properties"),
                        machineConfig.resolve("connectedstore/terminal.properties"))
                .filter(Files::isRegularFile).findFirst();
    }

    /** As {@link #locate(Map, Map, Path, Path)} on this computer, and {@link #read} when there is a file. */
    public static TerminalFile find(Map<String, String> commandLine, Map<String, String> env, Set<String> known) {
        return locate(commandLine, env, Path.of(System.getProperty("user.home")), Path.of("/etc"))
                .map(path -> read(path, known)).orElseGet(TerminalFile::none);
    }

    /**
     * Reads and checks {@code file}.
     *
     * @param known the settings the app takes from a file; null takes any name (the early database start, which
     *              leaves the check to the app)
     * @throws BadSettingException naming the file and line of the first problem
     */
    public static TerminalFile read(Path file, Set<String> known) {
        List<String> physical;
        try {
            physical = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadSettingException(OPTION, "The settings file " + file.toAbsolutePath() + " does not exist");
        } catch (CharacterCodingException e) {
            throw new BadSettingException(OPTION, "The settings file " + file.toAbsolutePath()
                    + " is not UTF-8 text");
        } catch (IOException e) {
            throw new BadSettingException(OPTION, "The settings file " + file.toAbsolutePath() + " cannot be read: "
                    + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < physical.size(); i++) {
            int lineNo = i + 1;
            String line = physical.get(i).stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsInContinuation(logical) && i + 1 < physical.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(physical.get(++i).stripLeading());
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                throw at(file, lineNo, OPTION, "this line is not a setting (write name=value)");
            }
            String key = one.stringPropertyNames().stream().findFirst().orElse("");
            String value = one.getProperty(key, "").strip();
            if (key.isEmpty() || !logical.toString().contains("=") && !logical.toString().contains(":")) {
                throw at(file, lineNo, OPTION, "this line is not a setting (write name=value)");
            }
            if (known != null && !known.contains(key)) {
                throw at(file, lineNo, key, "'" + Settings.quoted(key) + "' is not a setting of this app"
                        + suggestion(key, known) + "; the settings are " + String.join(", ", new TreeSet<>(known)));
            }
            if (lines.containsKey(key)) {
                throw at(file, lineNo, key, key + " is set twice, on lines " + lines.get(key) + " and " + lineNo);
            }
            if (value.isEmpty()) {
                throw at(file, lineNo, key, key + " has no value");
            }
            if (FLAGS.contains(key)) {
                String flag = value.toLowerCase(Locale.ROOT);
                if (!flag.equals("true") && !flag.equals("false")) {
                    throw at(file, lineNo, key, key + " must be true or false");
                }
                value = flag;
            }
            values.put(key, value);
            lines.put(key, lineNo);
        }
        if (known != null && values.keySet().stream().anyMatch(SECRET::contains) && readableByOthers(file)) {
            log().warn("{} holds the database password and other users of this computer can read it: chmod 600 it",
                    file.toAbsolutePath());
        }
        if (known != null) { // the early database start reads it too: say it once
            log().info("Settings read from {}: {}", file.toAbsolutePath(), String.join(", ", values.keySet()));
        }
        return new TerminalFile(file.toAbsolutePath(), Map.copyOf(values), Map.copyOf(lines));
    }

    /**
     * The settings the app runs with: the file's, with the command line's over them. A flag set to
     * {@code false} in the file is left out, as if it were not given.
     */
    public Map<String, String> under(Map<String, String> commandLine) {
        Map<String, String> merged = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!(FLAGS.contains(key) && value.equals("false"))) {
                merged.put(key, value);
            }
        });
        merged.putAll(commandLine);
        merged.remove(OPTION);
        return merged;
    }

    /** The file, or empty when the terminal runs without one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The line {@code setting} is on, when it came from this file. */
    public Optional<Integer> line(String setting) {
        return Optional.ofNullable(lines.get(setting));
    }

    /**
     * Where a setting the app found wrong came from, for the log: "FILE, line N: " when the file set it (and the
     * command line did not), "" otherwise.
     */
    public String where(String setting, Map<String, String> commandLine) {
        if (file == null || commandLine.containsKey(setting) || !lines.containsKey(setting)) {
            return "";
        }
        return file + ", line " + lines.get(setting) + ": ";
    }

    /**
     * Asked for only when there is something to say: the early start reads the file before the log knows its
     * folder (which the file may set with {@code home}).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(TerminalFile.class);
    }

    private static boolean endsInContinuation(CharSequence line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static BadSettingException at(Path file, int line, String setting, String what) {
        return new Located(setting, file.toAbsolutePath() + ", line " + line + ": " + what, file.toAbsolutePath(), line);
    }

    /** The closest known name when {@code key} looks like a typing error of it. */
    private static String suggestion(String key, Set<String> known) {
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(k, key.toLowerCase(Locale.ROOT))))
                .filter(k -> distance(k, key.toLowerCase(Locale.ROOT)) <= 2)
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean readableByOthers(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A problem at a line of the settings file: the start-up screen names the file and the line. */
    public static final class Located extends BadSettingException {
        private final transient Path file;
        private final int line;

        Located(String setting, String message, Path file, int line) {
            super(setting, message);
            this.file = file;
            this.line = line;
        }

        public Path file() {
            return file;
        }

        public int line() {
            return line;
        }
    }
}
