package nl.connectedstore.counter;

import java.util.Locale;
import java.util.OptionalDouble;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.ui.Messages;

/** How the feedback screens write numbers: a dash for "nothing to compute it from", never a 0. */
final class FeedbackText {

    static final String NONE = "\u2013";

    private FeedbackText() {
    }

    static String percent(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.0f %%", d.getAsDouble()) : NONE;
    }

    static String nps(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%+.0f", d.getAsDouble()) : NONE;
    }

    /** Two decimals as the screen's language writes them: 2.35 in English, 2,35 in Dutch and Danish. */
    static String decimal(OptionalDouble d, Locale language) {
        return d.isPresent() ? String.format(language, "%.2f", d.getAsDouble()) : NONE;
    }

    static String seconds(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.0f s", d.getAsDouble()) : NONE;
    }

    static String stars(int rating) {
        return "\u2605".repeat(rating) + "\u2606".repeat(5 - rating);
    }

    /** "★★★★☆ “Quick and friendly” — Emma · about Daan" */
    static String comment(FeedbackComments.Comment c, Messages messages) {
        return comment(c, messages, true);
    }

    /** @param naming whether to say which colleague the answer named */
    static String comment(FeedbackComments.Comment c, Messages messages, boolean naming) {
        StringBuilder s = new StringBuilder(stars(c.rating())).append("  \u201c").append(c.text()).append('\u201d');
        if (c.customerFirstName() != null) {
            s.append(" \u2014 ").append(c.customerFirstName());
        }
        if (naming && c.staffName() != null) {
            s.append("  \u00b7 ").append(messages.get("feedback.about", c.staffName()));
        }
        return s.toString();
    }
}
