package nl.connectedstore.ui;

import java.util.Locale;

/**
 * What a tap on the on-screen keyboard does to a field, worked out without the toolkit: which text a key types
 * (Shift once for one capital, twice for all capitals, on by itself for a name's first letter) and how the field's
 * text and caret change. {@link TouchKeyboard} applies the {@link Change} to the field through its own text API, so
 * a field's formatter still has the last word.
 */
public final class Typing {

    /** Shift: off, on for the next letter, or locked until tapped again. */
    public enum Shift { OFF, ONCE, LOCKED }

    /**
     * Replace {@code [start, end)} of the field's text with {@code text}, then put the caret at {@code caret}. A
     * selection is replaced by what is typed, as with a hardware keyboard.
     */
    public record Change(int start, int end, String text, int caret) {
    }

    private final Locale locale;
    private Shift shift = Shift.OFF;

    public Typing(Locale locale) {
        this.locale = locale;
    }

    public Shift shift() {
        return shift;
    }

    /** Off, once, locked, off again. */
    public void tapShift() {
        shift = switch (shift) {
            case OFF -> Shift.ONCE;
            case ONCE -> Shift.LOCKED;
            case LOCKED -> Shift.OFF;
        };
    }

    /**
     * A field was opened or the caret moved: a name starts with a capital, so Shift is on while the caret stands at
     * its start (a locked Shift stays locked).
     */
    public void at(KeyboardLayout layout, int caret) {
        if (shift == Shift.LOCKED) {
            return;
        }
        shift = layout.capitalisesFirstLetter() && caret == 0 ? Shift.ONCE : Shift.OFF;
    }

    /** What a key shows and types now: a letter as a capital while Shift is on. */
    public String label(KeyboardLayout.Key key) {
        return key.letter() && shift != Shift.OFF ? key.text().toUpperCase(locale) : key.text();
    }

    /** Types a key's text at the caret (over the selection); a one-off Shift is used up by a letter. */
    public Change type(KeyboardLayout.Key key, String text, int anchor, int caret) {
        String typed = key.kind() == KeyboardLayout.Key.Kind.SPACE ? " " : label(key);
        if (key.letter() && shift == Shift.ONCE) {
            shift = Shift.OFF;
        }
        int start = Math.min(anchor, caret);
        int end = Math.max(anchor, caret);
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        return new Change(start, end, typed, start + typed.length());
    }

    /**
     * Backspace: removes the selection, or the one character before the caret (both halves of a surrogate pair);
     * null at the start of the field, where there is nothing to remove.
     */
    public static Change backspace(String text, int anchor, int caret) {
        int start = Math.max(0, Math.min(Math.min(anchor, caret), text.length()));
        int end = Math.max(start, Math.min(Math.max(anchor, caret), text.length()));
        if (start != end) {
            return new Change(start, end, "", start);
        }
        if (start == 0) {
            return null;
        }
        int from = start - 1;
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        return new Change(from, start, "", from);
    }

    /** The text after a change, as the field will hold it when no formatter refuses. */
    public static String apply(String text, Change change) {
        return text.substring(0, change.start()) + change.text() + text.substring(change.end());
    }
}
