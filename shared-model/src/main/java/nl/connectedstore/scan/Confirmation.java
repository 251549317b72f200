package nl.connectedstore.scan;

/**
 * When a code seen by the camera may go into a basket. A read that {@link LineCheck} found on several lines
 * across the code (or a 2D code, which carries error correction) is trusted at once; a weaker one only
 * when a second frame among the last {@link #WINDOW} reads the same. And one item at a time: while another
 * code was seen in the last {@link #SETTLE} frames, nothing is trusted (two codes in view, or an item
 * being swapped for the next, is not the moment to guess which one the customer means).
 */
final class Confirmation {

    static final int WINDOW = 8;
    static final int SETTLE = 4;

    private final String[] seen = new String[WINDOW];
    private long frame;

    /**
     * One frame's read (null for none) and whether it is strong; returns whether it is confirmed.
     */
    boolean offer(String text, boolean strong) {
        boolean again = false;
        boolean other = false;
        for (int k = 1; k < WINDOW && k <= frame; k++) {
            String s = seen[(int) ((frame - k) % WINDOW)];
            if (s == null) {
                continue;
            }
            if (s.equals(text)) {
                again = true;
            } else if (k <= SETTLE) {
                other = true;
            }
        }
        seen[(int) (frame % WINDOW)] = text;
        frame++;
        return text != null && !other && (strong || again);
    }
}
