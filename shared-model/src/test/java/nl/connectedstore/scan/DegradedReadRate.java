package nl.connectedstore.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read rate on the committed degraded set: one plain ZXing call against {@link FrameDecoder}'s retries.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.scan.DegradedReadRate</pre>
 */
public final class DegradedReadRate {

    record Rates(int frames, int plain, int retried) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "shared-model/src/test/resources/scan/degraded");
        Rates rates = measure(dir);
        System.out.printf(Locale.ROOT, "%d degraded frames: plain ZXing read %d (%.0f %%), FrameDecoder read %d (%.0f %%)%n",
                rates.frames(), rates.plain(), 100.0 * rates.plain() / rates.frames(), rates.retried(),
                100.0 * rates.retried() / rates.frames());
    }

    static Rates measure(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("labels.csv"), StandardCharsets.UTF_8);
        FrameDecoder plain = new FrameDecoder(false);
        FrameDecoder retrying = new FrameDecoder(true);
        int frames = 0;
        int plainReads = 0;
        int retriedReads = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            Frames frame = Frames.readPng(dir.resolve(cols[0]));
            frames++;
            boolean p = reads(plain.decode(frame.pixels, frame.width, frame.height), cols[1]);
            boolean r = reads(retrying.decodeThoroughly(frame.pixels, frame.width, frame.height), cols[1]);
            plainReads += p ? 1 : 0;
            retriedReads += r ? 1 : 0;
            if (Boolean.getBoolean("scan.verbose")) {
                System.out.println(cols[0] + " " + cols[2] + " plain=" + p + " retried=" + r);
            }
        }
        return new Rates(frames, plainReads, retriedReads);
    }

    private static boolean reads(Optional<FrameDecoder.Decoded> decoded, String expected) {
        return decoded.map(d -> d.text().equals(expected)).orElse(false);
    }
}
