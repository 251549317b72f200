package nl.connectedstore.suggest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.connectedstore.catalog.CatalogService;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.catalog.StockStatus;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.inventory.InventoryService;
import nl.connectedstore.inventory.LocationStock;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StoreInfo;

/**
 * What a clerk can offer, each with its reason:
 * <ul>
 *   <li>upsell: what is often bought with the products in hand ({@link ReasonKind#BOUGHT_WITH});</li>
 *   <li>alternatives: when a wanted product is sold out here, similar ones in stock here
 *       ({@link ReasonKind#SIMILAR_IN_STOCK}) and the same product at other locations
 *       ({@link ReasonKind#IN_STOCK_ELSEWHERE});</li>
 *   <li>personal: what goes with the customer's past purchases and they have not bought yet
 *       ({@link ReasonKind#GOES_WITH_PURCHASES}); the caller passes a history only with PERSONAL_ADVICE.</li>
 * </ul>
 * Everything offered for sale here is in stock here and has a price, and is never one of the products in hand.
 * Also counts what was shown and what the customer took: the store's upsell acceptance rate.
 */
public final class SuggestionService {

    /** A customer card shows at most this many. */
    public static final int CARD_LIMIT = 5;
    /** Candidates looked up in stock per question: enough that a few sold-out ones do not leave gaps. */
    private static final int CANDIDATES = 40;

    /** Shown and taken suggestions of a store since a moment. */
    public record Acceptance(long shown, long accepted) {
        public double rate() {
            return shown == 0 ? 0 : (double) accepted / shown;
        }
    }

    private final Transactor tx;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final ConsentService consents;
    private final Supplier<CoPurchaseModel> model;
    private final Clock clock;

    /** @param model the current co-purchase model (swapped when a rebuild finishes) */
    public SuggestionService(Transactor tx, CatalogService catalog, InventoryService inventory,
                             ConsentService consents, Supplier<CoPurchaseModel> model, Clock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.inventory = inventory;
        this.consents = consents;
        this.model = model;
        this.clock = clock;
    }

    /** Upsell: in stock here, often bought with {@code inHand}, not in it, not in {@code exclude}. */
    public List<Suggestion> goesWith(StoreInfo store, Collection<Long> inHand, Set<Long> exclude, int limit) {
        return fromPartners(store, List.copyOf(new LinkedHashSet<>(inHand)), union(inHand, exclude),
                ReasonKind.BOUGHT_WITH, limit);
    }

    /**
     * As {@link #goesWith(StoreInfo, Collection, Set, int)}, the products (and the reasons' products) named in
     * {@code language}; what is suggested does not depend on the language.
     */
    public List<Suggestion> goesWith(StoreInfo store, Collection<Long> inHand, Set<Long> exclude, int limit,
                                     Locale language) {
        return named(store, goesWith(store, inHand, exclude, limit), language);
    }

    /**
     * Personal: in stock here, goes with what the customer bought ({@code history}, most recent first) and is
     * not among it. Only {@link #forCustomer} calls it, after it checked PERSONAL_ADVICE.
     */
    private List<Suggestion> personal(StoreInfo store, List<Long> history, Set<Long> exclude, int limit) {
        List<Long> recent = history.stream().distinct().limit(30).toList();
        return fromPartners(store, recent, union(history, exclude), ReasonKind.GOES_WITH_PURCHASES, limit);
    }

    /** Similar products in stock here for one the customer wants (whether or not it is sold out). */
    public List<Suggestion> alternatives(StoreInfo store, long productId, int limit) {
        List<ProductCard> wanted = catalog.cards(store, List.of(productId));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return alternatives(store, wanted.get(0), limit);
    }

    /** As {@link #alternatives(StoreInfo, long, int)}, named in {@code language}; the same products in any. */
    public List<Suggestion> alternatives(StoreInfo store, long productId, int limit, Locale language) {
        return named(store, alternatives(store, productId, limit), language);
    }

    /** The same suggestions with their products' names in {@code language} (English without a translation). */
    private List<Suggestion> named(StoreInfo store, List<Suggestion> found, Locale language) {
        if (found.isEmpty() || ProductTexts.code(language).equals(ProductTexts.ENGLISH)) {
            return found;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Suggestion s : found) {
            ids.add(s.product().id());
            ids.add(s.reason().relatedId());
        }
        Map<Long, ProductCard> cards = new HashMap<>();
        for (ProductCard card : catalog.cards(store, List.copyOf(ids), language)) {
            cards.put(card.id(), card);
        }
        return found.stream().map(s -> {
            Reason r = s.reason();
            ProductCard related = cards.get(r.relatedId());
            return new Suggestion(cards.getOrDefault(s.product().id(), s.product()),
                    new Reason(r.kind(), r.relatedId(), related == null ? r.relatedName() : related.name(),
                            r.storeCode(), r.storeName(), r.quantity()), s.score());
        }).toList();
    }

    private List<Suggestion> alternatives(StoreInfo store, ProductCard wanted, int limit) {
        return Alternatives.rank(wanted, catalog.inStockAlike(store, wanted, Alternatives.PRICE_BAND, 300), limit);
    }

    /** The same product at the chain's other stores and the warehouse that have it, most first. */
    public List<Suggestion> elsewhere(StoreInfo store, long productId) {
        List<ProductCard> wanted = catalog.cards(store, List.of(productId));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return elsewhere(store, wanted.get(0));
    }

    private List<Suggestion> elsewhere(StoreInfo store, ProductCard card) {
        List<Suggestion> found = new ArrayList<>();
        for (LocationStock location : inventory.availability(card.id(), store.id())) {
            if (!location.here() && location.carried() && location.quantity() > 0) {
                found.add(new Suggestion(card, new Reason(ReasonKind.IN_STOCK_ELSEWHERE, card.id(), card.name(),
                        location.storeCode(), location.storeName(), location.quantity()), location.quantity()));
            }
        }
        found.sort((a, b) -> Integer.compare(b.reason().quantity(), a.reason().quantity()));
        return found;
    }

    /** Products of a customer's purchases, most recent first, that personal suggestions start from. */
    static final int HISTORY_PRODUCTS = 30;

    /**
     * What the counter's card for an arrived customer suggests, at most {@code limit}: for each product in hand that is
     * sold out here, its best stand-in here and the best other location; then what goes with the products in hand;
     * then, <b>only while the customer allows PERSONAL_ADVICE at this moment</b>, what goes with their purchases. The
     * consent and the purchases are read in one transaction, here: no caller can get suggestions from someone's
     * history without their consent. No product twice.
     */
    public List<Suggestion> forCustomer(StoreInfo store, List<Long> inHand, long customerId, int limit) {
        List<Long> history = tx.read(session -> {
            if (!consents.allows(customerId, Purpose.PERSONAL_ADVICE, clock.instant())) {
                return List.<Long>of();
            }
            List<Long> products = session.createSelectionQuery("select l.product.id from SaleLine l join l.sale s"
                            + " where s.customer.id = :c order by s.createdAt desc, l.lineNo", Long.class)
                    .setParameter("c", customerId)
                    .setMaxResults(400)
                    .getResultList();
            return products.stream().distinct().limit(HISTORY_PRODUCTS).toList();
        });
        return suggest(store, inHand, history, limit);
    }

    /** The same for someone nobody knows: stand-ins, other locations and what goes with the products in hand. */
    public List<Suggestion> forHand(StoreInfo store, List<Long> inHand, int limit) {
        return suggest(store, inHand, List.of(), limit);
    }

    /** As {@link #forHand(StoreInfo, List, int)}, named in {@code language} (the clerk's); the same suggestions. */
    public List<Suggestion> forHand(StoreInfo store, List<Long> inHand, int limit, Locale language) {
        return named(store, forHand(store, inHand, limit), language);
    }

    /**
     * As {@link #forCustomer(StoreInfo, List, long, int)}, named in {@code language} (the clerk's); the same
     * suggestions, with the same consent check.
     */
    public List<Suggestion> forCustomer(StoreInfo store, List<Long> inHand, long customerId, int limit,
                                        Locale language) {
        return named(store, forCustomer(store, inHand, customerId, limit), language);
    }

    /** As {@link #elsewhere(StoreInfo, long)}, products and locations named in {@code language}. */
    public List<Suggestion> elsewhere(StoreInfo store, long productId, Locale language) {
        List<ProductCard> wanted = catalog.cards(store, List.of(productId), language);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        for (LocationStock location : inventory.availability(productId, store.id(), language)) {
            if (!location.here() && location.carried() && location.quantity() > 0) {
                found.add(new Suggestion(wanted.get(0), new Reason(ReasonKind.IN_STOCK_ELSEWHERE, productId,
                        wanted.get(0).name(), location.storeCode(), location.storeName(), location.quantity()),
                        location.quantity()));
            }
        }
        found.sort((a, b) -> Integer.compare(b.reason().quantity(), a.reason().quantity()));
        return found;
    }

    private List<Suggestion> suggest(StoreInfo store, List<Long> inHand, List<Long> history, int limit) {
        Map<Long, Suggestion> chosen = new LinkedHashMap<>();
        Set<Long> taken = new HashSet<>(inHand);
        List<ProductCard> hand = catalog.cards(store, inHand);
        for (ProductCard wanted : hand) {
            if (wanted.stock() != StockStatus.IN_STOCK) {
                alternatives(store, wanted, 1).forEach(s -> addOnce(chosen, s, taken, limit));
                elsewhere(store, wanted).stream().limit(1).forEach(s -> {
                    if (chosen.size() < limit) {
                        chosen.putIfAbsent(-wanted.id(), s); // the wanted item itself, at another location
                    }
                });
            }
        }
        if (!inHand.isEmpty() && chosen.size() < limit) {
            goesWith(store, inHand, taken, limit).forEach(s -> addOnce(chosen, s, taken, limit));
        }
        if (!history.isEmpty() && chosen.size() < limit) {
            personal(store, history, taken, limit).forEach(s -> addOnce(chosen, s, taken, limit));
        }
        return List.copyOf(chosen.values());
    }

    private static void addOnce(Map<Long, Suggestion> chosen, Suggestion s, Set<Long> taken, int limit) {
        if (chosen.size() < limit && taken.add(s.product().id())) {
            chosen.put(s.product().id(), s);
        }
    }

    /** Records that a clerk was shown these; returns one outcome id per suggestion, in order. */
    public List<Long> shown(StoreInfo store, long staffId, List<Suggestion> suggestions) {
        Instant now = clock.instant();
        return tx.write(session -> {
            List<Long> ids = new ArrayList<>();
            for (Suggestion s : suggestions) {
                SuggestionOutcome outcome = new SuggestionOutcome(store.id(), staffId, s.product().id(),
                        s.reason().kind(), now);
                session.persist(outcome);
                session.flush();
                ids.add(outcome.getId());
            }
            return ids;
        });
    }

    /** The customer took the suggestion shown as {@code outcomeId}; a second tap changes nothing. */
    public void accepted(long outcomeId) {
        Instant now = clock.instant();
        tx.write(session -> {
            SuggestionOutcome outcome = session.find(SuggestionOutcome.class, outcomeId);
            if (outcome == null) {
                throw new IllegalArgumentException("No suggestion " + outcomeId);
            }
            outcome.accept(now);
            return null;
        });
    }

    /** How many suggestions this store showed since {@code since}, and how many were taken. */
    public Acceptance acceptance(long storeId, Instant since) {
        return tx.read(session -> {
            Object[] row = session.createSelectionQuery("select count(o), count(o.acceptedAt) from SuggestionOutcome o"
                            + " where o.storeId = :store and o.shownAt >= :since", Object[].class)
                    .setParameter("store", storeId)
                    .setParameter("since", since)
                    .getSingleResult();
            return new Acceptance((Long) row[0], (Long) row[1]);
        });
    }

    /** Sums each candidate's partner scores over {@code sources} (earlier sources weigh a little more). */
    private List<Suggestion> fromPartners(StoreInfo store, List<Long> sources, Set<Long> exclude, ReasonKind kind,
                                          int limit) {
        CoPurchaseModel current = model.get();
        Map<Long, double[]> score = new HashMap<>();
        Map<Long, Long> because = new HashMap<>();
        Map<Long, Double> best = new HashMap<>();
        for (int rank = 0; rank < sources.size(); rank++) {
            long source = sources.get(rank);
            double weight = 1.0 / (1 + rank / 10.0);
            for (CoPurchaseModel.Partner partner : current.partnersOf(source)) {
                if (exclude.contains(partner.productId())) {
                    continue;
                }
                double s = partner.score() * weight;
                score.computeIfAbsent(partner.productId(), k -> new double[1])[0] += s;
                if (s > best.getOrDefault(partner.productId(), -1.0)) {
                    best.put(partner.productId(), s);
                    because.put(partner.productId(), source);
                }
            }
        }
        List<Long> ranked = score.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Double.compare(b.getValue()[0], a.getValue()[0])
                        : Long.compare(a.getKey(), b.getKey()))
                .limit(CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        // the products asked about and the candidates, in one query
        List<Long> both = new ArrayList<>(sources);
        both.addAll(ranked);
        Map<Long, ProductCard> names = new HashMap<>();
        List<ProductCard> candidates = new ArrayList<>();
        Set<Long> sourceIds = new HashSet<>(sources);
        for (ProductCard card : catalog.cards(store, both)) {
            if (sourceIds.contains(card.id())) {
                names.put(card.id(), card);
            } else {
                candidates.add(card);
            }
        }
        List<Suggestion> found = new ArrayList<>();
        // one of a kind: not another brand of what they have, nor three kinds of trash bags
        List<ProductCard> kinds = new ArrayList<>(names.values());
        for (ProductCard card : candidates) {
            if (card.stock() == StockStatus.IN_STOCK && card.price() != null
                    && kinds.stream().noneMatch(k -> Alternatives.sameKind(k, card))) {
                kinds.add(card);
                long source = because.get(card.id());
                ProductCard from = names.get(source);
                found.add(new Suggestion(card, Reason.of(kind, source, from == null ? "" : from.name()),
                        score.get(card.id())[0]));
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    private static Set<Long> union(Collection<Long> a, Collection<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
