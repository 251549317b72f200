package nl.connectedstore.feedback;

/**
 * What the customer answered.
 *
 * @param rating    the smiley, 1 (very unhappy) to 5 (very happy)
 * @param recommend "how likely are you to recommend us", 0-10, or null when skipped
 * @param comment   free text, or null
 * @param language  the language the customer used the screen in (en, nl, da)
 * @param staffId   "who helped you today?", or null
 */
public record FeedbackAnswer(int rating, Integer recommend, String comment, String language, Long staffId) {

    /** Longest comment kept; the screen stops typing there. */
    public static final int MAX_COMMENT = 1000;

    public FeedbackAnswer {
        if (rating < 1 || rating > 5) {
            throw new FeedbackRefusedException(FeedbackRefusedException.Reason.INVALID, "rating " + rating);
        }
        if (recommend != null && (recommend < 0 || recommend > 10)) {
            throw new FeedbackRefusedException(FeedbackRefusedException.Reason.INVALID, "recommend " + recommend);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            comment = comment.substring(0, MAX_COMMENT);
        }
        if (language == null || !language.matches("[a-z]{2}")) {
            throw new FeedbackRefusedException(FeedbackRefusedException.Reason.INVALID, "language " + language);
        }
    }
}
