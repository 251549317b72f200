package nl.connectedstore.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The camera decoder measured: read rate, wrong reads, false positives and thread CPU time per frame, on the
 * real photos of {@code ../shared/scan-devset} (with plain ZXing TRY_HARDER on the same photos in the same
 * run), on the committed synthetic degraded set, and on camera-sized frames with and without a code.
 * Live decoding sees each photo as a camera would while an item is held: the same frame 14 times (every
 * way of the rotation more than once); a read counts when it is confirmed within the first 5 frames, a
 * wrong read or false positive when any of the 14 frames confirms one.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.scan.ScanBench</pre>
 * (from the project root, with {@code ../shared/scan-devset} beside it, or {@code -Dscan.devset=<folder>}).
 */
public final class ScanBench {

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    static final int HELD = 14;
    static final int WITHIN = 5;

    /** Counts per family for one way of decoding. */
    static final class Tally {
        final Map<String, int[]> byFamily = new LinkedHashMap<>(); // photos, correct, wrong
        final List<Long> nanos = new ArrayList<>();
        final List<String> wrongs = new ArrayList<>();

        void count(DevSet.Photo photo, boolean correct, String wrong) {
            int[] t = byFamily.computeIfAbsent(photo.family(), f -> new int[3]);
            t[0]++;
            if (correct) {
                t[1]++;
            }
            if (wrong != null) {
                t[2]++;
                wrongs.add(photo.name() + " -> " + wrong.replace('\n', ' ').replace('\r', ' '));
            }
        }

        int[] withCode() {
            int[] sum = new int[3];
            byFamily.forEach((f, t) -> {
                if (!f.equals("none")) {
                    for (int i = 0; i < 3; i++) {
                        sum[i] += t[i];
                    }
                }
            });
            return sum;
        }

        int falsePositives() {
            return byFamily.getOrDefault("none", new int[3])[2];
        }

        int wrong() {
            return withCode()[2];
        }

        double readRate() {
            int[] all = withCode();
            return (double) all[1] / all[0];
        }
    }

    public static void main(String[] args) throws IOException {
        List<DevSet.Photo> photos = DevSet.load();
        System.out.println("Dev set: " + photos.size() + " photos from " + DevSet.folder() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version"));
        // warm up the JIT on everything once
        live(photos);
        Map<String, Tally> rows = new LinkedHashMap<>();
        rows.put("ZXing Java TRY_HARDER, one call (reference)", once(photos, zxingTryHarder()));
        for (FrameDecoder.Attempt a : FrameDecoder.Attempt.values()) {
            FrameDecoder raw = new FrameDecoder().withoutLineCheck();
            rows.put("attempt " + a + ", whole photo, no line check", once(photos,
                    p -> raw.attempt(a, p.pixels(), p.width(), p.height()).map(FrameDecoder.Decoded::text)));
            FrameDecoder checked = new FrameDecoder();
            rows.put("attempt " + a + ", whole photo, line check", once(photos,
                    p -> checked.attempt(a, p.pixels(), p.width(), p.height()).map(FrameDecoder.Decoded::text)));
        }
        rows.put("**FrameDecoder live: confirmed within " + WITHIN + " frames; wrong/false pos. over " + HELD
                + " frames**", live(photos));
        System.out.println();
        System.out.println("Real photos (" + DevSet.folder().getFileName() + "), time = thread CPU per call "
                + "(live: per frame)");
        print(rows);
        synthetic(args.length > 0 ? Path.of(args[0]) : Path.of("shared-model/src/test/resources/scan/degraded"));
        speed(photos);
    }

    static Function<DevSet.Photo, Optional<String>> zxingTryHarder() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, FrameDecoder.FORMATS);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        return p -> {
            try {
                Result r = reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(
                        p.pixels(), p.width(), p.height(), 0, 0, p.width(), p.height(), false))));
                return Optional.of(r.getText());
            } catch (ReaderException e) {
                return Optional.empty();
            } finally {
                reader.reset();
            }
        };
    }

    /** One decode per photo. */
    static Tally once(List<DevSet.Photo> photos, Function<DevSet.Photo, Optional<String>> decoder) {
        Tally tally = new Tally();
        for (DevSet.Photo p : photos) {
            long start = CPU.getCurrentThreadCpuTime();
            Optional<String> read = decoder.apply(p);
            tally.nanos.add(CPU.getCurrentThreadCpuTime() - start);
            boolean correct = read.isPresent() && p.hasCode() && DevSet.matches(p.expected(), read.get());
            tally.count(p, correct, read.isPresent() && !correct ? read.get() : null);
        }
        return tally;
    }

    /** Each photo held in front of a fresh live decoder for {@link #HELD} frames. */
    static Tally live(List<DevSet.Photo> photos) {
        Tally tally = new Tally();
        for (DevSet.Photo p : photos) {
            Held held = hold(p.pixels(), p.width(), p.height(), p.expected(), tally.nanos);
            tally.count(p, held.readWithin(WITHIN), held.wrong);
        }
        return tally;
    }

    /** What a live decoder confirmed over {@link #HELD} frames of one picture. */
    static final class Held {
        int firstCorrect = Integer.MAX_VALUE;
        String wrong;

        boolean readWithin(int frames) {
            return firstCorrect <= frames;
        }
    }

    static Held hold(byte[] pixels, int width, int height, String expected, List<Long> nanos) {
        FrameDecoder decoder = new FrameDecoder();
        Held held = new Held();
        for (int frame = 1; frame <= HELD; frame++) {
            long start = CPU.getCurrentThreadCpuTime();
            Optional<FrameDecoder.Decoded> found = decoder.decode(pixels, width, height);
            nanos.add(CPU.getCurrentThreadCpuTime() - start);
            if (found.isPresent() && found.get().confirmed()) {
                if (expected != null && DevSet.matches(expected, found.get().text())) {
                    held.firstCorrect = Math.min(held.firstCorrect, frame);
                } else if (held.wrong == null) {
                    held.wrong = found.get().text();
                }
            }
        }
        return held;
    }

    static void print(Map<String, Tally> rows) {
        System.out.println();
        System.out.println("| decoder | EAN-13 | EAN-8 | UPC-A | UPC-E | QR | read (of 296) | wrong | false pos. (of 25) "
                + "| p50 ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach((name, t) -> {
            StringBuilder sb = new StringBuilder("| " + name + " |");
            for (String f : DevSet.FAMILIES.subList(0, 5)) {
                int[] c = t.byFamily.getOrDefault(f, new int[3]);
                sb.append(' ').append(c[1]).append('/').append(c[0]).append(" |");
            }
            int[] all = t.withCode();
            long[] n = t.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            sb.append(String.format(Locale.ROOT, " %d (%.1f %%) | %d | %d | %.2f | %.2f |", all[1],
                    100.0 * all[1] / all[0], all[2], t.falsePositives(), pct(n, 0.5), pct(n, 0.95)));
            System.out.println(sb);
        });
        System.out.println();
        rows.forEach((name, t) -> {
            if (!t.wrongs.isEmpty()) {
                System.out.println("- " + name + ", wrong or false: " + t.wrongs);
            }
        });
    }

    /** The committed synthetic degraded set: the old thorough decode against live decoding. */
    static void synthetic(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("labels.csv"), StandardCharsets.UTF_8);
        int frames = 0;
        int plain = 0;
        int thorough = 0;
        int within5 = 0;
        int within14 = 0;
        int wrong = 0;
        List<Long> nanos = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split(",");
            Frames frame = Frames.readPng(dir.resolve(cols[0]));
            frames++;
            plain += new FrameDecoder(false).decode(frame.pixels, frame.width, frame.height)
                    .filter(d -> d.text().equals(cols[1])).isPresent() ? 1 : 0;
            thorough += new FrameDecoder().decodeThoroughly(frame.pixels, frame.width, frame.height)
                    .filter(d -> d.text().equals(cols[1])).isPresent() ? 1 : 0;
            Held held = hold(frame.pixels, frame.width, frame.height, cols[1], nanos);
            within5 += held.readWithin(WITHIN) ? 1 : 0;
            within14 += held.readWithin(HELD) ? 1 : 0;
            wrong += held.wrong != null ? 1 : 0;
        }
        long[] n = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println();
        System.out.println("Synthetic degraded set (" + frames + " frames, 640x480)");
        System.out.println();
        System.out.println("| decoder | read | wrong | p50 ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| one plain ZXing call | %d of %d | | | |%n", plain, frames);
        System.out.printf(Locale.ROOT, "| decodeThoroughly (every way on one frame) | %d of %d | | | |%n", thorough, frames);
        System.out.printf(Locale.ROOT, "| live, confirmed within %d frames | %d of %d | %d | %.2f | %.2f |%n", WITHIN,
                within5, frames, wrong, pct(n, 0.5), pct(n, 0.95));
        System.out.printf(Locale.ROOT, "| live, confirmed within %d frames | %d of %d | %d | | |%n", HELD, within14,
                frames, wrong);
    }

    /**
     * Thread CPU time per live frame at camera sizes: frames without a code (camera noise on a plain
     * background; the dev set's photos without a code scaled to fill the frame) and with one (synthetic
     * EAN-13 and QR; the dev set's photos with a code pasted at their size into the frame).
     */
    static void speed(List<DevSet.Photo> photos) {
        System.out.println();
        System.out.println("Per-frame decode, live, one thread, thread CPU time");
        System.out.println();
        System.out.println("| frame | content | frames | p50 ms | p95 ms | max ms | confirmed reads |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            int w = size[0];
            int h = size[1];
            Random random = new Random(5);
            List<byte[]> noise = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                noise.add(Frames.blank(w, h, 100 + 10 * i).noise(4 + 2 * i, random).pixels);
            }
            List<byte[]> scenes = new ArrayList<>();
            List<byte[]> pasted = new ArrayList<>();
            for (DevSet.Photo p : photos) {
                if (p.hasCode()) {
                    pasted.add(paste(p, w, h));
                } else {
                    scenes.add(scale(p, w, h));
                }
            }
            List<byte[]> synthetic = List.of(
                    Frames.ean13("8710398500267", w, h, w >= 1280 ? 5 : 3).pixels,
                    Frames.ean13("8710398500267", w, h, w >= 1280 ? 5 : 3).noise(25, random).pixels,
                    Frames.qr("9123456789012345", w, h, w >= 1280 ? 8 : 5).pixels);
            time(w, h, "no code: camera noise on a plain background", noise, 60);
            time(w, h, "no code: the 25 photos without a code, scaled to fill the frame", scenes, 20);
            time(w, h, "code: synthetic EAN-13 (clean, noisy) and QR", synthetic, 100);
            time(w, h, "code: the 296 photos with a code, pasted into the frame", pasted, 5);
        }
    }

    private static void time(int w, int h, String content, List<byte[]> frames, int repeats) {
        FrameDecoder decoder = new FrameDecoder();
        List<Long> nanos = new ArrayList<>();
        int confirmed = 0;
        for (int r = 0; r < repeats; r++) {
            for (byte[] frame : frames) {
                long start = CPU.getCurrentThreadCpuTime();
                Optional<FrameDecoder.Decoded> found = decoder.decode(frame, w, h);
                nanos.add(CPU.getCurrentThreadCpuTime() - start);
                confirmed += found.filter(FrameDecoder.Decoded::confirmed).isPresent() ? 1 : 0;
            }
        }
        long[] n = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %dx%d | %s | %d | %.2f | %.2f | %.2f | %d |%n", w, h, content, n.length,
                pct(n, 0.5), pct(n, 0.95), n[n.length - 1] / 1e6, confirmed);
    }

    /** The photo at its own size in the middle of a mid-grey frame (cut if larger). */
    static byte[] paste(DevSet.Photo p, int w, int h) {
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 128);
        int x0 = Math.max(0, (w - p.width()) / 2);
        int y0 = Math.max(0, (h - p.height()) / 2);
        for (int y = 0; y < Math.min(h, p.height()); y++) {
            for (int x = 0; x < Math.min(w, p.width()); x++) {
                out[(y0 + y) * w + x0 + x] = p.pixels()[y * p.width() + x];
            }
        }
        return out;
    }

    /** The photo scaled (nearest pixel) to fill the frame. */
    static byte[] scale(DevSet.Photo p, int w, int h) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int sy = y * p.height() / h;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = p.pixels()[sy * p.width() + x * p.width() / w];
            }
        }
        return out;
    }

    static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }
}
