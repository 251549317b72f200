package nl.connectedstore.store;

/**
 * What became of a PIN typed at a terminal ({@link PinGuard}): accepted, or refused with the reason a person
 * can act on.
 */
public sealed interface PinCheck {

    /** The PIN is this staff member's; the terminal's count of wrong PINs starts again. */
    record Accepted(StaffSession staff) implements PinCheck {
    }

    /** Refused: nothing was done with the PIN beyond counting and logging the attempt. */
    sealed interface Refused extends PinCheck {
    }

    /** No staff member of the store has this PIN; {@code triesBeforePause} more wrong ones and entry pauses. */
    record WrongPin(int triesBeforePause) implements Refused {
    }

    /** Not 4 to 6 digits: not checked and not counted (it cannot be anybody's PIN). */
    record NotAPin() implements Refused {
    }

    /** Too many wrong PINs: this terminal takes no PIN, not even the right one, for {@code seconds} more. */
    record Paused(long seconds) implements Refused {
    }

    /** Too many wrong PINs: PIN entry at this terminal is locked until a manager unlocks it elsewhere. */
    record Locked() implements Refused {
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
