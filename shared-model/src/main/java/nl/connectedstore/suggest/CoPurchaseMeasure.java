package nl.connectedstore.suggest;

/**
 * How strongly two products go together, from how many baskets hold each ({@code a}, {@code b}), both
 * ({@code ab}) and how many baskets there are ({@code n}). Raw counts crown the popular items (milk goes with
 * everything); the other two correct for that. Compared on the demo baskets in docs/benchmarks.md; the
 * counter uses {@link #COSINE} (see docs/decisions/0003).
 */
public enum CoPurchaseMeasure {
    /** Baskets with both. Fooled by popular items; kept as a yardstick. */
    COUNT {
        @Override
        double score(int ab, int a, int b, long n) {
            return ab;
        }
    },
    /** How many times more often than chance: ab·n / (a·b). Favours rare pairs; needs a minimum support. */
    LIFT {
        @Override
        double score(int ab, int a, int b, long n) {
            return (double) ab * n / ((double) a * b);
        }
    },
    /** Normalised co-occurrence: ab / √(a·b), 1 when two items only ever appear together. */
    COSINE {
        @Override
        double score(int ab, int a, int b, long n) {
            return ab / Math.sqrt((double) a * b);
        }
    };

    abstract double score(int ab, int a, int b, long n);
}
