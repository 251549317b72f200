package nl.connectedstore.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.connectedstore.store.StoreInfo;

/** The labelled queries in {@code search/typo-queries.tsv}, and how many of them the search finds. */
public final class TypoQuerySet {

    /** A query counts as found when a right answer is among this many first tiles. */
    public static final int FIRST_TILES = 20;

    public record Labelled(String query, String expected, String kind) {
    }

    public record Outcome(Labelled labelled, int rank) {
        public boolean found() {
            return rank > 0;
        }
    }

    private TypoQuerySet() {
    }

    public static List<Labelled> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TypoQuerySet.class.getResourceAsStream("/search/typo-queries.tsv")), StandardCharsets.UTF_8))) {
            List<Labelled> list = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                list.add(new Labelled(parts[0], parts[1], parts[2]));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each query's outcome: the rank (1-based) of the first right answer in the first tiles, or 0. */
    public static List<Outcome> run(ShopSearch search, StoreInfo store) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Labelled labelled : load()) {
            List<ProductCard> cards = search.search(store, ShopQuery.text(labelled.query())).cards();
            int rank = 0;
            for (int i = 0; i < Math.min(FIRST_TILES, cards.size()); i++) {
                String words = (cards.get(i).name() + " " + cards.get(i).brand()).toLowerCase(Locale.ROOT);
                if (words.contains(labelled.expected().toLowerCase(Locale.ROOT))) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(new Outcome(labelled, rank));
        }
        return outcomes;
    }

    public static double recall(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::found).count() / (double) outcomes.size();
    }
}
