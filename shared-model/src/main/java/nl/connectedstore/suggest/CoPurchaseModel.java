package nl.connectedstore.suggest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What goes with what, learnt from every basket of the chain (anonymous: no customer needed). For each
 * product, its best partners by {@link CoPurchaseMeasure}, best first. Immutable: a rebuild makes a new model
 * and the counter swaps it in.
 */
public final class CoPurchaseModel {

    /** One partner of a product: how strongly they go together, and in how many baskets they met. */
    public record Partner(long productId, double score, int together) {
    }

    private static final CoPurchaseModel EMPTY = new CoPurchaseModel(Map.of(), new long[0], 0, 0, null);

    private final Map<Long, Partner[]> partners;
    private final long[] popular;
    private final long baskets;
    private final long lines;
    private final Instant builtAt;

    CoPurchaseModel(Map<Long, Partner[]> partners, long[] popular, long baskets, long lines, Instant builtAt) {
        this.partners = partners;
        this.popular = popular;
        this.baskets = baskets;
        this.lines = lines;
        this.builtAt = builtAt;
    }

    /** A model that knows nothing yet (before the first build, or a store with no sales). */
    public static CoPurchaseModel empty() {
        return EMPTY;
    }

    /** The products that go with {@code productId}, best first; empty for a product never sold with another. */
    public List<Partner> partnersOf(long productId) {
        Partner[] found = partners.get(productId);
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** Products by how many baskets hold them, most first: the baseline the evaluation compares against. */
    public long[] mostPopular() {
        return popular.clone();
    }

    public long baskets() {
        return baskets;
    }

    public long lines() {
        return lines;
    }

    public int products() {
        return partners.size();
    }

    /** When it was built; null for the empty model. */
    public Instant builtAt() {
        return builtAt;
    }
}
