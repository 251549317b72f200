package nl.connectedstore.catalog;

import java.util.List;

/**
 * One screen of results for a {@link ShopQuery}.
 *
 * @param total       how many products match, counted up to {@link CatalogueIndex#COUNT_UP_TO}
 * @param moreThan    true when {@code total} is a lower bound
 * @param typoTolerant false while the catalogue index is still being built: results then come from the
 *                    database's word prefixes, without forgiving typos
 */
public record ShopResults(List<ProductCard> cards, int total, boolean moreThan, boolean typoTolerant) {
}
