package nl.connectedstore.scan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Time to decode one camera frame in live mode ({@link FrameDecoder#decode}) on one thread, at 640x480 and
 * 1280x720: frames that show an EAN-13 (clean and with noise) and frames that show none (the common case
 * while nobody holds anything up, and the dearest: every attempt runs).
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.scan.DecodeBench</pre>
 */
public final class DecodeBench {

    public static void main(String[] args) {
        System.out.println("| frame | content | frames | p50 ms | p95 ms | read |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            int w = size[0];
            int h = size[1];
            int module = w >= 1280 ? 5 : 3;
            Random random = new Random(5);
            run(w, h, "EAN-13, clean", Frames.ean13("8710398500267", w, h, module));
            run(w, h, "EAN-13, noisy", Frames.ean13("8710398500267", w, h, module).noise(25, random));
            run(w, h, "no code", Frames.blank(w, h, 140).noise(12, random));
            run(w, h, "no code, plain ZXing only", Frames.blank(w, h, 140).noise(12, random));
        }
    }

    private static void run(int w, int h, String content, Frames frame) {
        FrameDecoder decoder = new FrameDecoder(!content.contains("plain"));
        for (int i = 0; i < 300; i++) {
            decoder.decode(frame.pixels, w, h);
        }
        int n = 1_000;
        long[] nanos = new long[n];
        int read = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            read += decoder.decode(frame.pixels, w, h).isPresent() ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %dx%d | %s | %d | %.2f | %.2f | %d%% |%n", w, h, content, n,
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, 100 * read / n);
    }
}
