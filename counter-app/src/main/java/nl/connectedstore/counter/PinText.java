package nl.connectedstore.counter;

import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.PinGuard;

/**
 * What staff read when a PIN is refused or a PIN change does not go through, as message keys: one wording on every
 * screen (sign-in, answering a request, changing one's PIN).
 */
final class PinText {

    private PinText() {
    }

    /** "That PIN is not right: 3 more tries before a pause.", "Try again in 30 s.", "Ask a manager ...". */
    static Said refused(PinCheck.Refused why) {
        if (why instanceof PinCheck.WrongPin wrong) {
            return Said.of("counter.pin.wrong", wrong.triesBeforePause());
        }
        if (why instanceof PinCheck.Paused paused) {
            return Said.of("counter.pin.paused", paused.seconds());
        }
        if (why instanceof PinCheck.Locked) {
            return Said.of("counter.pin.locked");
        }
        return Said.of("counter.pin.notAPin");
    }

    static Said change(PinGuard.PinChange change) {
        if (change instanceof PinGuard.PinChange.CurrentRefused refused) {
            return refused(refused.why());
        }
        if (change instanceof PinGuard.PinChange.TooSoon soon) {
            return Said.of("counter.pin.change.tooSoon", soon.minutes());
        }
        String key;
        if (change instanceof PinGuard.PinChange.Changed) {
            key = "counter.pin.change.done";
        } else if (change instanceof PinGuard.PinChange.Mismatch) {
            key = "counter.pin.change.mismatch";
        } else if (change instanceof PinGuard.PinChange.NotAPin) {
            key = "counter.pin.change.notAPin";
        } else if (change instanceof PinGuard.PinChange.TooEasy) {
            key = "counter.pin.change.tooEasy";
        } else if (change instanceof PinGuard.PinChange.Unchanged) {
            key = "counter.pin.change.unchanged";
        } else {
            key = "counter.pin.change.chooseAnother";
        }
        return Said.of(key);
    }
}
