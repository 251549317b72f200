package nl.connectedstore.suggest;

import nl.connectedstore.catalog.ProductCard;

/**
 * One thing to offer, as this store sells it, and why. {@code score} orders suggestions of one kind; it
 * means nothing across kinds.
 */
public record Suggestion(ProductCard product, Reason reason, double score) {
}
