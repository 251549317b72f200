package nl.connectedstore.scan;

import java.util.Arrays;

/**
 * A cheap first look at a frame: where could a code be? Most frames a kiosk camera sees show no code, and
 * ZXing's thorough search (TRY_HARDER: every row, then the frame turned) costs several milliseconds even
 * when there is nothing to find. This samples every 8th row and column at full resolution and counts strong
 * light-dark edges per 16x16 cell: a barcode's bars or a QR code's modules give many edges in a cell along
 * rows or along columns; a bare wall, a face or camera noise few. Groups of touching busy cells, with a margin
 * for the code's quiet zone, make the window ZXing then reads; no busy group, no decode.
 * <p>
 * Full resolution, not a downscaled copy: a code far from the camera has bars of 1.5 to 3 pixels, which a
 * copy at a quarter of the size would blur away. Costs about 0.1 ms for 640x480; reuses its arrays.
 */
final class CodeFinder {

    static final int CELL = 16;
    /** Edges (both rows or both columns of a cell together) that make a cell busy. */
    private static final int BUSY_EDGES = 6;
    /** A group smaller than this many cells is a detail of the scene, not a code (an EAN-13 at 1.5 px a bar is ~9). */
    private static final int MIN_CELLS = 6;

    /**
     * Below this many pixels (320x240) the whole frame is the window: reading it all costs little, and a
     * code that fills a small frame leaves no plain background to tell edges from noise by.
     */
    static final int SMALL = 320 * 240;
    /**
     * From this many busy groups (3 cells or more) on, a frame shows a busy scene, not one code broken into
     * pieces by glare or dim light (those give 2 or 3).
     */
    static final int SCENE_PIECES = 4;
    /** The most pixels a busy scene's window may have (see {@link #withinBudget}). */
    static final long BUDGET = 300_000;

    /** A window of the frame, in pixels. */
    record Window(int left, int top, int width, int height) {
    }

    private int[] rowEdges = new int[0];
    private int[] columnEdges = new int[0];
    private int[] group = new int[0];
    private int[] stack = new int[0];
    private final int[] histogram = new int[256];
    private int lx0;
    private int ly0;
    private int lx1;
    private int ly1;

    /** The window most likely to hold a code, or null when the frame has no busy group of cells. */
    Window find(byte[] frame, int width, int height) {
        int cw = width / CELL;
        int ch = height / CELL;
        if (width * height < SMALL) {
            return new Window(0, 0, width, height);
        }
        int cells = cw * ch;
        if (rowEdges.length < cells) {
            rowEdges = new int[cells];
            columnEdges = new int[cells];
            group = new int[cells];
            stack = new int[cells];
        }
        Arrays.fill(rowEdges, 0, cells, 0);
        Arrays.fill(columnEdges, 0, cells, 0);
        int threshold = edgeThreshold(frame, width, height);
        // rows 4 and 12 of each cell, then columns 4 and 12 of each cell
        for (int cy = 0; cy < ch; cy++) {
            for (int r = 4; r < CELL; r += 8) {
                int y = cy * CELL + r;
                int row = y * width;
                int last = smooth(frame, row, 1, 0, width);
                for (int x = 2; x < cw * CELL - 1; x += 2) {
                    int v = smooth(frame, row, 1, x, width);
                    if (Math.abs(v - last) > threshold) {
                        rowEdges[cy * cw + x / CELL]++;
                    }
                    last = v;
                }
            }
        }
        for (int cx = 0; cx < cw; cx++) {
            for (int c = 4; c < CELL; c += 8) {
                int x = cx * CELL + c;
                int last = smooth(frame, x, width, 0, height);
                for (int y = 2; y < ch * CELL - 1; y += 2) {
                    int v = smooth(frame, x, width, y, height);
                    if (Math.abs(v - last) > threshold) {
                        columnEdges[(y / CELL) * cw + cx]++;
                    }
                    last = v;
                }
            }
        }
        return largestGroup(cw, ch, width, height);
    }

    /**
     * (p[i-1] + 2 p[i] + p[i+1]) / 4 along a row (step 1) or a column (step = width), averaged with the same
     * on the next row or column: takes the edge off camera noise, keeps bars of 1.5 pixels.
     */
    private static int smooth(byte[] frame, int base, int step, int i, int n) {
        int across = step == 1 ? n : 1; // along a row n is the width: the next row; along a column, the next column
        int a = Math.max(0, i - 1) * step + base;
        int b = i * step + base;
        int c = Math.min(n - 1, i + 1) * step + base;
        if (b + across >= frame.length) {
            across = 0;
        }
        return ((frame[a] & 0xff) + 2 * (frame[b] & 0xff) + (frame[c] & 0xff) + (frame[a + across] & 0xff)
                + 2 * (frame[b + across] & 0xff) + (frame[c + across] & 0xff)) >> 3;
    }

    /**
     * How big a step between samples 2 pixels apart counts as an edge: 4 times the median step along a few
     * rows (camera noise makes small steps everywhere), at least 6 grey levels (a dim code), at
     * most 40 (a code that fills the frame makes big steps common).
     */
    private int edgeThreshold(byte[] frame, int width, int height) {
        Arrays.fill(histogram, 0);
        int n = 0;
        for (int y = height / 8; y < height; y += height / 4) {
            int row = y * width;
            int last = smooth(frame, row, 1, 0, width);
            for (int x = 2; x < width - 1; x += 2) {
                int v = smooth(frame, row, 1, x, width);
                histogram[Math.abs(v - last)]++;
                n++;
                last = v;
            }
        }
        int seen = 0;
        int median = 0;
        while (median < 255 && (seen += histogram[median]) < n / 2) {
            median++;
        }
        return Math.max(6, Math.min(40, 4 * median));
    }

    /**
     * The window around the busy groups: none when the largest has fewer than {@link #MIN_CELLS} cells;
     * else every group of 3 or more cells (a code in glare or dim light breaks into pieces), with a margin
     * of a quarter of the groups' size (at least 2 cells) for the parts that were too faint and the quiet zone.
     */
    private Window largestGroup(int cw, int ch, int width, int height) {
        int cells = cw * ch;
        Arrays.fill(group, 0, cells, 0);
        int largest = 0;
        int x0 = cw;
        int y0 = ch;
        int x1 = -1;
        int y1 = -1;
        int label = 0;
        int pieces = 0;
        for (int start = 0; start < cells; start++) {
            if (group[start] != 0 || !busy(start)) {
                continue;
            }
            label++;
            int size = 0;
            int gx0 = cw;
            int gy0 = ch;
            int gx1 = -1;
            int gy1 = -1;
            int top = 0;
            stack[top++] = start;
            group[start] = label;
            while (top > 0) {
                int c = stack[--top];
                size++;
                int cx = c % cw;
                int cy = c / cw;
                gx0 = Math.min(gx0, cx);
                gy0 = Math.min(gy0, cy);
                gx1 = Math.max(gx1, cx);
                gy1 = Math.max(gy1, cy);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = cx + dx;
                        int ny = cy + dy;
                        if (nx >= 0 && ny >= 0 && nx < cw && ny < ch) {
                            int nc = ny * cw + nx;
                            if (group[nc] == 0 && busy(nc)) {
                                group[nc] = label;
                                stack[top++] = nc;
                            }
                        }
                    }
                }
            }
            if (size > largest) {
                largest = size;
                // the largest group, in cells: the window when all groups together are too large
                lx0 = gx0;
                ly0 = gy0;
                lx1 = gx1;
                ly1 = gy1;
            }
            if (size >= 3) {
                pieces++;
                x0 = Math.min(x0, gx0);
                y0 = Math.min(y0, gy0);
                x1 = Math.max(x1, gx1);
                y1 = Math.max(y1, gy1);
            }
        }
        if (largest < MIN_CELLS) {
            return null;
        }
        Window all = around(x0, y0, x1, y1, cw, ch, width, height);
        long budget = Math.min(width * (long) height / 2, BUDGET);
        if (width * (long) height < 640 * 480 || pieces < SCENE_PIECES
                || (long) all.width() * all.height() <= budget) {
            return all;
        }
        return withinBudget(around(lx0, ly0, lx1, ly1, cw, ch, width, height), budget);
    }

    /** Cells x0..x1, y0..y1 in pixels, with a margin of a quarter of their size (at least 2 cells). */
    private static Window around(int x0, int y0, int x1, int y1, int cw, int ch, int width, int height) {
        int mx = Math.max(2, (x1 - x0 + 1) / 4);
        int my = Math.max(2, (y1 - y0 + 1) / 4);
        int left = Math.max(0, (x0 - mx) * CELL);
        int top = Math.max(0, (y0 - my) * CELL);
        int right = x1 + 1 + mx >= cw ? width : (x1 + 1 + mx) * CELL;
        int bottom = y1 + 1 + my >= ch ? height : (y1 + 1 + my) * CELL;
        return new Window(left, top, right - left, bottom - top);
    }

    /**
     * On a camera frame (640x480 or more) with {@link #SCENE_PIECES} busy groups or more that together make
     * a window larger than half the frame and than 300,000 pixels (a busy scene), the window is the largest group's, cut to that size
     * around its centre if need be: in a busy scene the densest edges are where a code most likely is, and
     * ZXing's thorough search costs about 28 ns a pixel, so a frame stays near 4 ms at 640x480 and 8 ms at
     * 1280x720 (docs/benchmarks.md). Smaller frames are read whole.
     */
    private static Window withinBudget(Window w, long budget) {
        long area = (long) w.width() * w.height();
        if (area <= budget) {
            return w;
        }
        double shrink = Math.sqrt((double) budget / area);
        int bw = (int) (w.width() * shrink);
        int bh = (int) (w.height() * shrink);
        return new Window(w.left() + (w.width() - bw) / 2, w.top() + (w.height() - bh) / 2, bw, bh);
    }

    private boolean busy(int cell) {
        return rowEdges[cell] >= BUSY_EDGES || columnEdges[cell] >= BUSY_EDGES;
    }
}
