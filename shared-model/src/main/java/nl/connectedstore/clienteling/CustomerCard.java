package nl.connectedstore.clienteling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the counter's customer card shows them. Purchases are there only when the customer allows
 * PERSONAL_ADVICE at the moment the card was opened; otherwise {@code purchases} is empty and
 * {@code personalAdvice} false. Suggestions from their purchases are {@code SuggestionService.forCustomer}'s, which
 * checks the same consent itself.
 *
 * @param purchases      their latest purchase lines, newest first
 * @param recognitionEnds when their RECOGNITION consent runs out
 */
public record CustomerCard(long customerId, String firstName, String lastName, Instant customerSince,
                           boolean personalAdvice, List<Purchase> purchases,
                           Instant recognitionEnds) {

    /** One purchase line. */
    public record Purchase(Instant at, String storeName, long productId, String productName, BigDecimal quantity) {
    }
}
