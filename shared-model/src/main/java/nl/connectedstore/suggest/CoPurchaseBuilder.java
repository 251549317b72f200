package nl.connectedstore.suggest;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Learns a {@link CoPurchaseModel} from baskets fed one at a time. Pairs are counted by sorting: every pair of
 * distinct products in a basket becomes one {@code long} (the two product numbers side by side), the array is
 * sorted and equal neighbours counted. Memory is 8 bytes per pair, whatever the number of distinct pairs, and
 * nothing is boxed per pair. A basket with more than {@link #MAX_ITEMS_PER_BASKET} distinct products counts
 * only its first ones (a shop restocking is not a customer's basket, and pairs grow with the square).
 */
public final class CoPurchaseBuilder {

    public static final int MAX_ITEMS_PER_BASKET = 40;

    private final CoPurchaseMeasure measure;
    private final int keep;
    private final int minTogether;
    private final Map<Long, Integer> index = new HashMap<>();
    private long[] ids = new long[1024];
    private int[] basketCount = new int[1024];
    private long[] pairs = new long[1 << 16];
    private int pairCount;
    private long baskets;
    private long lines;
    private final int[] scratch = new int[MAX_ITEMS_PER_BASKET];

    /**
     * @param keep        partners kept per product
     * @param minTogether pairs seen in fewer baskets than this are noise and dropped
     */
    public CoPurchaseBuilder(CoPurchaseMeasure measure, int keep, int minTogether) {
        if (keep < 1 || minTogether < 1) {
            throw new IllegalArgumentException("keep and minTogether must be at least 1");
        }
        this.measure = measure;
        this.keep = keep;
        this.minTogether = minTogether;
    }

    /** The counter's settings: cosine, 20 partners per product, pairs seen in at least 2 baskets. */
    public static CoPurchaseBuilder standard() {
        return new CoPurchaseBuilder(CoPurchaseMeasure.COSINE, 20, 2);
    }

    /** One basket: the products on its lines, in any order, repeats allowed. */
    public void add(long[] productIds, int length) {
        int distinct = 0;
        lines += length;
        for (int i = 0; i < length && distinct < MAX_ITEMS_PER_BASKET; i++) {
            int item = indexOf(productIds[i]);
            boolean seen = false;
            for (int j = 0; j < distinct; j++) {
                if (scratch[j] == item) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                scratch[distinct++] = item;
            }
        }
        if (distinct == 0) {
            return;
        }
        baskets++;
        for (int i = 0; i < distinct; i++) {
            basketCount[scratch[i]]++;
        }
        int needed = pairCount + distinct * (distinct - 1) / 2;
        if (needed > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(needed, pairs.length * 2));
        }
        for (int i = 0; i < distinct; i++) {
            for (int j = i + 1; j < distinct; j++) {
                int a = Math.min(scratch[i], scratch[j]);
                int b = Math.max(scratch[i], scratch[j]);
                pairs[pairCount++] = ((long) a << 32) | b;
            }
        }
    }

    public void add(long... productIds) {
        add(productIds, productIds.length);
    }

    public long baskets() {
        return baskets;
    }

    /** The model; the builder can go on taking baskets afterwards (and build again). */
    public CoPurchaseModel build(Instant builtAt) {
        long[] sorted = Arrays.copyOf(pairs, pairCount);
        Arrays.parallelSort(sorted);
        int items = index.size();
        // first pass: how many kept partners each item gets, so they fit in one flat array
        int[] partnerCount = new int[items];
        forEachPair(sorted, (a, b, together) -> {
            partnerCount[a]++;
            partnerCount[b]++;
        });
        int[] start = new int[items + 1];
        for (int i = 0; i < items; i++) {
            start[i + 1] = start[i] + partnerCount[i];
        }
        // score (a float, positive, so its bits sort as an int) in the high half, partner in the low half
        long[] ranked = new long[start[items]];
        int[] fill = Arrays.copyOf(start, items);
        forEachPair(sorted, (a, b, ab) -> {
            float score = (float) measure.score(ab, basketCount[a], basketCount[b], baskets);
            long bits = Float.floatToIntBits(score);
            ranked[fill[a]++] = (bits << 32) | b;
            ranked[fill[b]++] = (bits << 32) | a;
        });
        Map<Long, CoPurchaseModel.Partner[]> partners = new HashMap<>(items * 2);
        for (int item = 0; item < items; item++) {
            int from = start[item];
            int to = start[item + 1];
            if (from == to) {
                continue;
            }
            Arrays.sort(ranked, from, to);
            int n = Math.min(keep, to - from);
            CoPurchaseModel.Partner[] best = new CoPurchaseModel.Partner[n];
            for (int k = 0; k < n; k++) {
                long packed = ranked[to - 1 - k];
                int partner = (int) packed;
                best[k] = new CoPurchaseModel.Partner(ids[partner], Float.intBitsToFloat((int) (packed >>> 32)),
                        together(sorted, item, partner));
            }
            partners.put(ids[item], best);
        }
        Integer[] byPopularity = new Integer[items];
        for (int i = 0; i < items; i++) {
            byPopularity[i] = i;
        }
        Arrays.sort(byPopularity, (x, y) -> basketCount[y] != basketCount[x]
                ? Integer.compare(basketCount[y], basketCount[x]) : Long.compare(ids[x], ids[y]));
        long[] popular = new long[Math.min(items, 200)];
        for (int i = 0; i < popular.length; i++) {
            popular[i] = ids[byPopularity[i]];
        }
        return new CoPurchaseModel(partners, popular, baskets, lines, builtAt);
    }

    /** How many baskets held both: the length of the pair's run in the sorted pairs. */
    private static int together(long[] sorted, int x, int y) {
        long key = ((long) Math.min(x, y) << 32) | Math.max(x, y);
        int first = lowerBound(sorted, key);
        return lowerBound(sorted, key + 1) - first;
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private interface PairAction {
        void pair(int a, int b, int together);
    }

    private void forEachPair(long[] sorted, PairAction action) {
        int i = 0;
        while (i < sorted.length) {
            long key = sorted[i];
            int j = i + 1;
            while (j < sorted.length && sorted[j] == key) {
                j++;
            }
            int together = j - i;
            if (together >= minTogether) {
                action.pair((int) (key >>> 32), (int) key, together);
            }
            i = j;
        }
    }

    private int indexOf(long productId) {
        Integer known = index.get(productId);
        if (known != null) {
            return known;
        }
        int next = index.size();
        if (next == ids.length) {
            ids = Arrays.copyOf(ids, next * 2);
            basketCount = Arrays.copyOf(basketCount, next * 2);
        }
        ids[next] = productId;
        index.put(productId, next);
        return next;
    }
}
