package nl.connectedstore.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds the database, its password and the logs: only the user the apps run as may enter it
 * (0700) or read what is in it (0600). Other local users of the till PC see nothing. Where the file system has
 * no POSIX permissions (Windows) the folder keeps what the user's profile gives it.
 */
public final class DataFolder {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** Creates {@code dir} if needed and makes it, and every file directly in it, private to this user. */
    public static Path keepPrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return dir;
        }
        Files.setPosixFilePermissions(dir, FOLDER);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (Files.isRegularFile(entry)) {
                    Files.setPosixFilePermissions(entry, FILE);
                } else if (Files.isDirectory(entry) && entry.getFileName().toString().equals("logs")) {
                    keepPrivate(entry);
                }
            }
        }
        return dir;
    }
}
