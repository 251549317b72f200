package nl.connectedstore.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.connectedstore.catalog.Gtin;

/**
 * Generates the committed set of degraded 640x480 frames in src/test/resources/scan/degraded (fixed seed):
 * EAN-13s and loyalty-card QR codes, each blurred, noisy, dim, rotated or glared, some twice over.
 * {@code labels.csv} says what each frame shows.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.scan.DegradedSet -Dexec.args="shared-model/src/test/resources/scan/degraded 60"</pre>
 */
public final class DegradedSet {

    record Item(String file, String expected, String how) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/scan/degraded");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of("file,expected,degradation"));
        for (Item item : generate(dir, count)) {
            lines.add(item.file() + "," + item.expected() + "," + item.how());
        }
        Files.write(dir.resolve("labels.csv"), lines, StandardCharsets.UTF_8);
    }

    static List<Item> generate(Path dir, int count) throws IOException {
        Random random = new Random(20261123L);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean qr = i % 4 == 3;
            String expected = qr ? card(random) : Gtin.withCheckDigit(String.format("87%010d", random.nextInt(1_000_000_000)));
            Frames frame = qr ? Frames.qr(expected, 640, 480, 5 + random.nextInt(3))
                    : Frames.ean13(expected, 640, 480, 3 + random.nextInt(2));
            StringBuilder how = new StringBuilder();
            int kinds = random.nextInt(4) == 0 ? 2 : 1;
            for (int k = 0; k < kinds; k++) {
                switch (random.nextInt(5)) {
                    case 0 -> {
                        int r = 1 + random.nextInt(3);
                        frame = frame.blur(r);
                        how.append("blur").append(r).append(' ');
                    }
                    case 1 -> {
                        int sigma = 20 + random.nextInt(40);
                        frame = frame.noise(sigma, random);
                        how.append("noise").append(sigma).append(' ');
                    }
                    case 2 -> {
                        double contrast = 0.12 + random.nextDouble() * 0.2;
                        frame = frame.dim(contrast, 5 + random.nextInt(20));
                        how.append(String.format("dim%.2f ", contrast));
                    }
                    case 3 -> {
                        int degrees = (random.nextBoolean() ? 1 : -1) * (5 + random.nextInt(45));
                        frame = frame.rotate(degrees);
                        how.append("rotate").append(degrees).append(' ');
                    }
                    default -> {
                        frame = frame.glare(200 + random.nextInt(240), 140 + random.nextInt(200),
                                60 + random.nextInt(80), 50 + random.nextInt(60), 0.75 + random.nextDouble() * 0.25);
                        how.append("glare ");
                    }
                }
            }
            String file = String.format("frame-%03d.png", i);
            frame.writePng(dir.resolve(file));
            items.add(new Item(file, expected, how.toString().strip()));
        }
        return items;
    }

    private static String card(Random random) {
        StringBuilder sb = new StringBuilder("9");
        for (int i = 0; i < 15; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
