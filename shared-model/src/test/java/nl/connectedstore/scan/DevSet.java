package nl.connectedstore.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The shared set of real camera photos ({@code ../shared/scan-devset} beside the project, see its README):
 * where to find it, its photos, and its counting rule.
 */
final class DevSet {

    /** One photo: its family (EAN-13, ..., or "none" for the false-positive folder), expected text, pixels. */
    record Photo(String family, String name, String expected, byte[] pixels, int width, int height) {
        boolean hasCode() {
            return expected != null;
        }
    }

    static final List<String> FAMILIES = List.of("EAN-13", "EAN-8", "UPC-A", "UPC-E", "QR", "none");

    private DevSet() {
    }

    /**
     * The set's folder: {@code -Dscan.devset=...} if given, else {@code shared/scan-devset} in the nearest
     * folder above the working directory that has one (from the project root that is {@code ../shared},
     * as CI lays it out; from a module, {@code ../../shared}).
     */
    static Path folder() {
        String given = System.getProperty("scan.devset");
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("-Dscan.devset=" + given + " is not a folder");
            }
            return p;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("scan-devset");
            if (Files.isDirectory(candidate.resolve("falsepositives-2"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The scan development set was not found: expected a folder "
                + "shared/scan-devset beside the project (../shared/scan-devset from the project root, "
                + "../../shared/scan-devset from a module), looking upwards from " + start
                + ". CI puts it there; locally, pass -Dscan.devset=<folder>.");
    }

    static List<Photo> load() {
        Path root = folder();
        List<Photo> photos = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String family = family(dir.getFileName().toString());
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path image : files.filter(DevSet::isImage)
                            .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                        String base = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                        Path txt = dir.resolve(base + ".txt");
                        String expected = family.equals("none") ? null
                                : Files.readString(txt, StandardCharsets.UTF_8);
                        BufferedImage img = ImageIO.read(image.toFile());
                        photos.add(new Photo(family, dir.getFileName() + "/" + image.getFileName(), expected,
                                Luminance.of(img), img.getWidth(), img.getHeight()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (photos.size() < 300) {
            throw new IllegalStateException("The scan development set at " + root + " holds only "
                    + photos.size() + " photos; expected 321");
        }
        return photos;
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".gif");
    }

    private static String family(String folder) {
        if (folder.startsWith("ean13")) {
            return "EAN-13";
        } else if (folder.startsWith("ean8")) {
            return "EAN-8";
        } else if (folder.startsWith("upca")) {
            return "UPC-A";
        } else if (folder.startsWith("upce")) {
            return "UPC-E";
        } else if (folder.startsWith("qrcode")) {
            return "QR";
        } else if (folder.startsWith("falsepositives")) {
            return "none";
        }
        throw new IllegalStateException("Unknown folder in the scan development set: " + folder);
    }

    /**
     * The README's counting rule: equal texts; or digit strings that differ by one leading 0 (an EAN-13
     * starting with 0 reported as UPC-A); or an 8-digit UPC-E that came back expanded to UPC-A.
     */
    static boolean matches(String expectedText, String decodedText) {
        String expected = lines(expectedText);
        String decoded = lines(decodedText);
        if (expected.equals(decoded)) {
            return true;
        }
        if (digits(expected) && digits(decoded)) {
            if (("0" + expected).equals(decoded) || expected.equals("0" + decoded)) {
                return true;
            }
            if (expected.length() == 8 && (expected.charAt(0) == '0' || expected.charAt(0) == '1')) {
                String upca13 = CodeReader.upcE(expected);
                return upca13.equals(decoded) || upca13.substring(1).equals(decoded);
            }
        }
        return false;
    }

    /** The texts' line breaks as one kind (the .txt files have Windows line ends), no final line break. */
    private static String lines(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        while (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
