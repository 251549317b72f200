package nl.connectedstore.catalog;

import java.util.Objects;

/**
 * What a shopper asks for: typed text (may be empty), an optional category, and how many tiles to return.
 *
 * @param categoryId null for all categories
 */
public record SearchQuery(String text, Long categoryId, int limit) {

    public static final int MAX_LIMIT = 500;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, 60);
    }
}
