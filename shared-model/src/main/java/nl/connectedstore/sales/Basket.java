package nl.connectedstore.sales;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.connectedstore.assistance.AgeChecks;
import nl.connectedstore.money.Money;

/**
 * One customer's basket at a self-checkout, before payment: lines, quantities, age checks, totals with VAT
 * per rate. Counted goods scanned twice become one line of 2; weighed and price-labelled goods stay one
 * line per label. An age-restricted item waits for a clerk; once a clerk has approved an age, items with
 * that limit or a lower one need no further check in this basket (the rules: {@link AgeChecks}; this class
 * only keeps where each line stands). Not thread-safe: the screen owns it.
 */
public final class Basket {

    /** Where a line stands with the age check its item needs. */
    public enum AgeCheck { NOT_NEEDED, WAITING, APPROVED }

    /** One line; {@code id} stays the same while the line lives, so a screen can find it again. */
    public record Line(int id, BasketItem item, BigDecimal quantity, AgeCheck ageCheck, long requestId) {

        public Money total() {
            return item.labelTotal() != null ? item.labelTotal() : item.unitPrice().times(quantity);
        }

        public boolean countable() {
            return !item.fromLabel();
        }

        Line with(BigDecimal newQuantity) {
            return new Line(id, item, newQuantity, ageCheck, requestId);
        }

        Line with(AgeCheck check, long request) {
            return new Line(id, item, quantity, check, request);
        }
    }

    /** The basket's sums: what the customer pays and the VAT in it per rate. */
    public record Totals(Money total, List<Receipt.VatLine> vat, BigDecimal itemCount) {
    }

    public static final int MAX_PIECES_PER_LINE = 99;

    private final Currency currency;
    private final List<Line> lines = new ArrayList<>();
    private int nextId = 1;
    private int approvedAge;
    private final Set<Long> approvals = new HashSet<>();

    public Basket(Currency currency) {
        this.currency = currency;
    }

    /** Adds a scanned item; returns the line it went into. */
    public Line add(BasketItem item) {
        if (!item.unitPrice().currency().equals(currency)) {
            throw new IllegalArgumentException("A " + item.unitPrice().currency() + " price in a " + currency
                    + " basket");
        }
        if (!item.fromLabel()) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.item().productId() == item.productId() && line.countable()) {
                    Line more = line.with(line.quantity().add(BigDecimal.ONE)
                            .min(BigDecimal.valueOf(MAX_PIECES_PER_LINE)));
                    lines.set(i, more);
                    return more;
                }
            }
        }
        AgeCheck check = !AgeChecks.needsCheck(item.minimumAge()) ? AgeCheck.NOT_NEEDED
                : AgeChecks.covers(approvedAge, item.minimumAge()) ? AgeCheck.APPROVED : AgeCheck.WAITING;
        Line line = new Line(nextId++, item, item.quantity(), check, 0);
        lines.add(line);
        return line;
    }

    /** Sets a counted line's quantity (1 to {@value #MAX_PIECES_PER_LINE}). */
    public Line setQuantity(int lineId, int pieces) {
        if (pieces < 1 || pieces > MAX_PIECES_PER_LINE) {
            throw new IllegalArgumentException("A line holds 1 to " + MAX_PIECES_PER_LINE + " pieces, not " + pieces);
        }
        int i = indexOf(lineId);
        Line line = lines.get(i);
        if (!line.countable()) {
            throw new IllegalArgumentException("A weighed or labelled item's quantity is on its label");
        }
        Line changed = line.with(BigDecimal.valueOf(pieces));
        lines.set(i, changed);
        return changed;
    }

    /** Removes a line; returns it (with the age-check request it may still wait for). */
    public Line remove(int lineId) {
        return lines.remove(indexOf(lineId));
    }

    /** Notes which staff request a waiting line waits for. */
    public void waitFor(int lineId, long requestId) {
        int i = indexOf(lineId);
        lines.set(i, lines.get(i).with(lines.get(i).ageCheck(), requestId));
    }

    /**
     * A clerk approved the customer's age for {@code age} (request {@code requestId}): every waiting line
     * with that limit or lower is approved. Returns the requests that no longer need an answer (to cancel).
     */
    public List<Long> ageApproved(long requestId, int age) {
        approvedAge = Math.max(approvedAge, age);
        approvals.add(requestId);
        List<Long> settled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.ageCheck() == AgeCheck.WAITING && AgeChecks.covers(approvedAge, line.item().minimumAge())) {
                if (line.requestId() != 0 && line.requestId() != requestId) {
                    settled.add(line.requestId());
                }
                lines.set(i, line.with(AgeCheck.APPROVED, line.requestId()));
            }
        }
        return settled;
    }

    /**
     * The approvals this basket was approved under no longer count (a sale refused them: older than
     * {@link AgeChecks#APPROVAL_VALID}): every approved line waits for a clerk again, under no request yet.
     * Returns those lines, to ask for new checks.
     */
    public List<Line> ageApprovalsLapsed() {
        approvedAge = 0;
        approvals.clear();
        List<Line> again = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.ageCheck() == AgeCheck.APPROVED) {
                Line waiting = line.with(AgeCheck.WAITING, 0);
                lines.set(i, waiting);
                again.add(waiting);
            }
        }
        return again;
    }

    /** A clerk refused the item(s) of request {@code requestId}: they leave the basket; returns them. */
    public List<Line> ageRefused(long requestId) {
        List<Line> removed = new ArrayList<>();
        lines.removeIf(line -> {
            boolean refused = line.requestId() == requestId && line.ageCheck() == AgeCheck.WAITING;
            if (refused) {
                removed.add(line);
            }
            return refused;
        });
        return removed;
    }

    public Optional<Line> line(int lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst();
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Lines still waiting for a clerk's age check. */
    public List<Line> waiting() {
        return lines.stream().filter(l -> l.ageCheck() == AgeCheck.WAITING).toList();
    }

    /** Payment can start when there is something to pay and nothing waits for staff. */
    public boolean canPay() {
        return !lines.isEmpty() && waiting().isEmpty();
    }

    public Totals totals() {
        Money total = Money.zero(currency);
        Map<BigDecimal, Money> grossByRate = new TreeMap<>();
        BigDecimal count = BigDecimal.ZERO;
        for (Line line : lines) {
            total = total.plus(line.total());
            grossByRate.merge(line.item().vatRate(), line.total(), Money::plus);
            count = count.add(line.countable() ? line.quantity() : BigDecimal.ONE);
        }
        return new Totals(total, Receipt.vatLines(grossByRate), count);
    }

    /** The clerks' approvals this basket's age-restricted items are sold under. */
    public Set<Long> ageChecks() {
        return Set.copyOf(approvals);
    }

    /** What the checkout service stores when the customer has paid. */
    public List<CartLine> cartLines() {
        return lines.stream().map(l -> new CartLine(l.item().productId(), l.quantity(),
                l.item().labelTotal() == null ? null : l.item().labelTotal().amount())).toList();
    }

    /** Empties the basket for the next customer (age approvals included); returns requests still open. */
    public List<Long> clear() {
        List<Long> open = waiting().stream().map(Line::requestId).filter(id -> id != 0).toList();
        lines.clear();
        approvedAge = 0;
        approvals.clear();
        return open;
    }

    private int indexOf(int lineId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() == lineId) {
                return i;
            }
        }
        throw new IllegalArgumentException("No line " + lineId + " in the basket");
    }
}
