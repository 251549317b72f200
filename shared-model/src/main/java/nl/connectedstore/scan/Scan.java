package nl.connectedstore.scan;

/**
 * One code read by one of the terminal's sources, not yet checked.
 *
 * @param atNanos when it was read, on {@link System#nanoTime()}'s clock (for scan-to-line latency)
 */
public record Scan(String text, Source source, long atNanos) {

    public enum Source {
        /** A USB hand scanner typing the code (keyboard wedge). */
        HAND_SCANNER,
        /** The webcam, decoded by ZXing. */
        CAMERA,
        /** The customer typed the digits on the on-screen keypad. */
        KEYPAD
    }

    public static Scan now(String text, Source source) {
        return new Scan(text, source, System.nanoTime());
    }
}
