package nl.connectedstore.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a comment talks about (staff, the queue, prices, ...) and which of its words staff should not have to read.
 * Both come from word lists per language, {@code themes_<lang>.txt} and {@code abusive_<lang>.txt}: the built-in
 * ones, or a chain's own copies in a folder it edits. Comments and list words go through the same Lucene analyzer
 * of the comment's language (English, Dutch, Danish: lower case, stop words dropped, Snowball stems), so "wachten"
 * matches "wacht" and "køen" matches "kø" without listing every form.
 */
public final class Themes {

    /** What comments talk about. */
    public enum Theme { STAFF, QUEUE, PRICE, STOCK, CLEANLINESS, ADVICE, CHECKOUT_MACHINE }

    /** The languages with an analyzer and lists; a comment in another language is read as English. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "da");

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Map<String, Map<String, Set<Theme>>> themesByStem = new HashMap<>();
    private final Map<String, Set<String>> abusiveStems = new HashMap<>();

    private Themes(Path chainLists) {
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("nl", new DutchAnalyzer());
        analyzers.put("da", new DanishAnalyzer());
        for (String language : LANGUAGES) {
            Map<String, Set<Theme>> stems = new HashMap<>();
            for (String line : lines(chainLists, "themes_" + language + ".txt")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                Theme theme;
                try {
                    theme = Theme.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    continue; // a theme this version does not know: its line is ignored, not the whole file
                }
                for (String stem : stems(line.substring(colon + 1), language)) {
                    stems.computeIfAbsent(stem, k -> EnumSet.noneOf(Theme.class)).add(theme);
                }
            }
            themesByStem.put(language, stems);
            Set<String> abusive = new HashSet<>();
            for (String line : lines(chainLists, "abusive_" + language + ".txt")) {
                abusive.addAll(stems(line, language));
            }
            abusiveStems.put(language, abusive);
        }
    }

    /** The built-in lists. */
    public static Themes builtIn() {
        return new Themes(null);
    }

    /**
     * The chain's lists where {@code folder} has them ({@code themes_nl.txt}, {@code abusive_da.txt}, ...), the
     * built-in ones for the others.
     */
    public static Themes from(Path folder) {
        return new Themes(folder);
    }

    /** The themes a comment in {@code language} talks about; none for no comment. */
    public Set<Theme> of(String comment, String language) {
        Set<Theme> found = EnumSet.noneOf(Theme.class);
        if (comment == null || comment.isBlank()) {
            return found;
        }
        String lang = known(language);
        Map<String, Set<Theme>> stems = themesByStem.get(lang);
        for (String stem : stems(comment, lang)) {
            found.addAll(stems.getOrDefault(stem, Set.of()));
        }
        return found;
    }

    /** The comment with each abusive word masked (its first letter, then asterisks), for staff views. */
    public String masked(String comment, String language) {
        if (comment == null || comment.isBlank()) {
            return comment;
        }
        String lang = known(language);
        Set<String> abusive = abusiveStems.get(lang);
        StringBuilder out = new StringBuilder(comment);
        try (TokenStream tokens = analyzers.get(lang).tokenStream("comment", comment)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (abusive.contains(term.toString())) {
                    for (int i = offset.startOffset() + 1; i < offset.endOffset(); i++) {
                        out.setCharAt(i, '*');
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String known(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /** The stems of {@code text} in {@code language}, in order. */
    List<String> stems(String text, String language) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = analyzers.get(known(language)).tokenStream("comment", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static List<String> lines(Path folder, String name) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(name))) {
                return clean(Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8));
            }
            try (InputStream in = Themes.class.getResourceAsStream(name)) {
                if (in == null) {
                    return List.of();
                }
                return clean(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + name, e);
        }
    }

    private static List<String> clean(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Sentiment per theme: each theme's comments and how many of them came with a satisfied rating. */
    public record ThemeSentiment(Theme theme, int comments, int satisfied) {
        public OptionalDouble satisfiedShare() {
            return Scores.share(satisfied, comments);
        }
    }

    /** Per theme, from (themes, rating) of each comment. */
    public static List<ThemeSentiment> sentiment(List<Map.Entry<Set<Theme>, Integer>> comments) {
        Map<Theme, int[]> counts = new EnumMap<>(Theme.class);
        for (Map.Entry<Set<Theme>, Integer> c : comments) {
            for (Theme t : c.getKey()) {
                int[] n = counts.computeIfAbsent(t, k -> new int[2]);
                n[0]++;
                n[1] += Scores.satisfied(c.getValue()) ? 1 : 0;
            }
        }
        List<ThemeSentiment> result = new ArrayList<>();
        counts.forEach((t, n) -> result.add(new ThemeSentiment(t, n[0], n[1])));
        return result;
    }
}
