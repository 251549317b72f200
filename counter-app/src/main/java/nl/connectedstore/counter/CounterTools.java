package nl.connectedstore.counter;

import java.util.Objects;
import java.util.Optional;
import nl.connectedstore.sales.PaymentsToResolve;

/**
 * Which staff tools this counter has beside the stock look-up and the request queue, decided by its composition
 * root: a kit is there exactly when its tools exist. The shell only shows them.
 *
 * @param cards       the loyalty card desk, the access log and the admin menu (without it: the look-up alone)
 * @param clienteling who arrived, their card, what to offer and why, reserving elsewhere (needs the card desk)
 * @param orders      webshop orders to prepare and hand over (needs the card desk)
 * @param toResolve   card payments approved without a sale, for staff to resolve
 * @param feedback    "Good morning" at sign-in and the manager's store-experience dashboard
 */
record CounterTools(Optional<CounterPrivacy> cards, Optional<Clienteling> clienteling, Optional<CounterOrders> orders,
                    Optional<PaymentsToResolve> toResolve, Optional<CounterFeedback> feedback) {

    CounterTools {
        Objects.requireNonNull(cards);
        Objects.requireNonNull(clienteling);
        Objects.requireNonNull(orders);
        Objects.requireNonNull(toResolve);
        Objects.requireNonNull(feedback);
        if (cards.isEmpty() && (clienteling.isPresent() || orders.isPresent() || toResolve.isPresent()
                || feedback.isPresent())) {
            throw new IllegalArgumentException("A counter without the card desk has the stock look-up alone");
        }
    }

    /** Stock look-up and the request queue only. */
    static CounterTools lookupOnly() {
        return new CounterTools(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The look-up, the request queue and the card desk. */
    static CounterTools cards(CounterPrivacy privacy) {
        return new CounterTools(Optional.of(privacy), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    CounterTools withClienteling(Clienteling kit) {
        return new CounterTools(cards, Optional.of(kit), orders, toResolve, feedback);
    }

    CounterTools withOrders(CounterOrders kit) {
        return new CounterTools(cards, clienteling, Optional.of(kit), toResolve, feedback);
    }

    CounterTools withToResolve(PaymentsToResolve list) {
        return new CounterTools(cards, clienteling, orders, Optional.of(list), feedback);
    }

    CounterTools withFeedback(CounterFeedback kit) {
        return new CounterTools(cards, clienteling, orders, toResolve, Optional.of(kit));
    }
}
