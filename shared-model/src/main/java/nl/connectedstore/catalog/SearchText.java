package nl.connectedstore.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How names become searchable words: lower case, accents removed, split on anything not a letter or digit. */
public final class SearchText {

    static final int MAX_TERM_LENGTH = 64;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** "Crème Fraîche 30%" becomes "creme fraiche 30". Also used for sorting, so accents do not scatter names. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace("ø", "o").replace("Ø", "o").replace("æ", "ae").replace("Æ", "ae")
                .replace("ß", "ss").replace("ł", "l");
        return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Distinct words of the text, in order, each cut to the column length. */
    public static List<String> terms(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return List.of();
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String word : normalised.split(" ")) {
            terms.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
        }
        return new ArrayList<>(terms);
    }
}
