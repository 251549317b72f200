package nl.connectedstore.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.oned.EAN8Writer;
import com.google.zxing.oned.UPCEWriter;

/**
 * Checks a decoded EAN/UPC against one line of pixels by its module grid: the code's bars are drawn from
 * the decoded digits (ZXing's writers), laid over the line where they fit best (position and module width
 * searched around the read), and each digit of the line must look more like the decoded digit than like
 * any other digit. A real code passes on line after line across its bars; a misread digit or a "code"
 * spelled by text or a pattern fails on the neighbouring lines. Softer than re-decoding the line (no
 * threshold, no run lengths), so a blurred but real code still passes where ZXing's row reader gives up.
 */
final class ModuleGrid {

    /** EAN/UPC "L" digit patterns (odd parity); "R" is their complement, "G" the reverse of R. */
    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001",
            "0101111", "0111011", "0110111", "0001011"};
    private static final float[][] L_AND_G = new float[20][];
    private static final float[][] R = new float[10][];

    static {
        for (int d = 0; d < 10; d++) {
            float[] l = new float[7];
            float[] r = new float[7];
            float[] g = new float[7];
            for (int i = 0; i < 7; i++) {
                l[i] = L[d].charAt(i) == '1' ? 1 : -1;
                r[i] = -l[i];
            }
            for (int i = 0; i < 7; i++) {
                g[i] = r[6 - i];
            }
            L_AND_G[d] = l;
            L_AND_G[10 + d] = g;
            R[d] = r;
        }
    }

    private int[] prefix = new int[1];
    private final float[] digit = new float[7];
    private byte[] line;
    private int length;

    /** The code's modules, dark = true, without quiet zones; null for a format this does not know. */
    static boolean[] modules(BarcodeFormat format, String text) {
        try {
            return switch (format) {
                case EAN_13 -> new EAN13Writer().encode(text);
                case UPC_A -> new EAN13Writer().encode("0" + text);
                case EAN_8 -> new EAN8Writer().encode(text);
                case UPC_E -> new UPCEWriter().encode(text);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the line holds these modules.
     *
     * @param line the pixels along the line
     * @param start where ZXing put the start guard's centre on its line (module 1.5)
     * @param module ZXing's module width
     * @param slack how far (pixels) the code may sit from {@code start} on this line (a tilted code moves)
     */
    boolean holds(byte[] line, int length, boolean[] modules, float start, float module, float slack) {
        this.line = line;
        this.length = length;
        if (prefix.length < length + 1) {
            prefix = new int[length + 1];
        }
        for (int i = 0; i < length; i++) {
            int v = line[i] & 0xff;
            prefix[i + 1] = prefix[i] + v;
        }
        int n = modules.length;
        float origin0 = start - 1.5f * module;
        // the two halves are fitted apart: seen at an angle, a code's modules are wider at its near end
        int mid = n / 2;
        float[] left = fit(modules, 0, mid, origin0, module, slack);
        if (left == null) {
            return false;
        }
        float[] right = fit(modules, mid, n, left[0], left[1], Math.max(1, module));
        if (right == null) {
            return false;
        }
        // one digit may fail (a glint, a crease): a wrong code that passes its check digit differs from the
        // real one in at least two digits, and each of those fails on a line across the real code
        return failingDigits(modules, left, right, mid) <= 1;
    }

    /**
     * Best origin and module width (as {origin, module}: module i's left edge is origin + i * module) for
     * modules [from, to), searched around the given ones; null when the line is flat or out of reach.
     */
    private float[] fit(boolean[] modules, int from, int to, float origin0, float module0, float slack) {
        // coarse: half-module steps over the whole slack at the read's module width; then fine, around the
        // best coarse position, in steps of an eighth of a module and module widths of -5 % to +5 %
        float coarse = Math.max(0.5f, module0 / 2);
        float bestShift = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (float shift = -slack; shift <= slack; shift += coarse) {
            float score = score(modules, from, to, origin0 + shift, module0);
            if (score > bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        if (bestScore == Float.NEGATIVE_INFINITY) {
            return null;
        }
        float fine = Math.max(0.25f, module0 / 8);
        float bestOrigin = origin0 + bestShift;
        float bestModule = module0;
        float around = bestOrigin;
        for (int k = -5; k <= 5; k++) {
            float m = module0 * (1 + k * 0.01f);
            for (float shift = -coarse; shift <= coarse; shift += fine) {
                float score = score(modules, from, to, around + shift, m);
                if (score > bestScore) {
                    bestScore = score;
                    bestOrigin = around + shift;
                    bestModule = m;
                }
            }
        }
        return bestScore > 0 ? new float[] {bestOrigin, bestModule} : null;
    }

    /** How well modules [from, to) match the line at this grid; -infinity when the grid leaves the line. */
    private float score(boolean[] modules, int from, int to, float origin, float m) {
        if (origin + from * m - 5 * m < 0 || origin + to * m + 5 * m >= length - 1) {
            return Float.NEGATIVE_INFINITY;
        }
        float score = 0;
        for (int i = from; i < to; i++) {
            float v = value(origin + (i + 0.5f) * m, m);
            score += modules[i] ? -v : v;
        }
        return score;
    }

    /** The line at x (interpolated) minus the mean of the 9 modules around it: uneven light cancels out. */
    private float value(float x, float module) {
        int x0 = (int) x;
        float f = x - x0;
        float v = (line[x0] & 0xff) * (1 - f) + (line[x0 + 1] & 0xff) * f;
        int a = Math.max(0, Math.round(x - 4.5f * module));
        int b = Math.min(length, Math.round(x + 4.5f * module));
        return v - (prefix[b] - prefix[a]) / (float) Math.max(1, b - a);
    }

    /**
     * How many digits' 7 modules correlate better with another digit's pattern than with the decoded one,
     * each pattern at its best position within half a module of the fitted grid.
     */
    private int failingDigits(boolean[] modules, float[] left, float[] right, int mid) {
        int n = modules.length;
        // digit windows: after the 3-module start guard; the middle guard (5 modules) splits EAN halves
        int digits = n == 95 ? 12 : n == 67 ? 8 : 6;
        int half = n == 51 ? 6 : digits / 2;
        int failing = 0;
        for (int d = 0; d < digits; d++) {
            int at = 3 + 7 * d + (d >= half ? 5 : 0);
            float[] grid = at + 3 < mid ? left : right;
            float[][] set = d < half ? L_AND_G : R;
            float expected = Float.NEGATIVE_INFINITY;
            float other = Float.NEGATIVE_INFINITY;
            float m = grid[1];
            for (float delta = -0.5f * m; delta <= 0.5f * m + 1e-3f; delta += m / 5) {
                float base = grid[0] + delta + at * m;
                if (base - 5 * m < 0 || base + 12 * m >= length - 1) {
                    continue;
                }
                float[] v = digit;
                for (int i = 0; i < 7; i++) {
                    v[i] = -value(base + (i + 0.5f) * m, m); // dark = positive
                }
                for (float[] pattern : set) {
                    float score = 0;
                    for (int i = 0; i < 7; i++) {
                        score += pattern[i] * v[i];
                    }
                    if (same(pattern, modules, at)) {
                        expected = Math.max(expected, score);
                    } else {
                        other = Math.max(other, score);
                    }
                }
            }
            if (!(expected > other)) {
                failing++;
            }
        }
        return failing;
    }

    private static boolean same(float[] pattern, boolean[] modules, int at) {
        for (int i = 0; i < 7; i++) {
            if ((pattern[i] > 0) != modules[at + i]) {
                return false;
            }
        }
        return true;
    }
}
