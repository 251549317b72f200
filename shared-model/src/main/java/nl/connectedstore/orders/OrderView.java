package nl.connectedstore.orders;

import java.time.Instant;
import java.util.List;
import nl.connectedstore.money.Money;

/**
 * An order as the kiosk and the counter show it.
 *
 * @param pickupStoreCode null for home delivery
 * @param address         null for pick-up, once the address is past its retention period or erased, and on a kiosk
 *                        for anyone but the holder of the card it was shown
 * @param readyInDays     when the last line can be ready: 0 today, else working days
 * @param notice          the latest notification text for the customer, in their language
 * @param minimumAge      the age the customer must prove at hand-over (0: no item has an age limit)
 * @param ageChecked      whether a clerk has checked their ID for it
 */
public record OrderView(long id, String code, OrderStatus status, Fulfilment fulfilment, String placedAtStoreName,
                        String pickupStoreCode, String pickupStoreName, Address address, PaymentChoice paymentChoice,
                        boolean paid, Money total, Instant placedAt, Instant holdUntil, int readyInDays,
                        String notice, List<Line> lines, List<Event> events, int minimumAge, boolean ageChecked) {

    public record Line(long productId, String name, int quantity, Money unitPrice, String sourceName,
                       int readyInDays) {
    }

    /** A status reached or a payment attempt ("PAID", "PAYMENT_DECLINED"), when, and by whom. */
    public record Event(String kind, Instant at, String by) {
    }

    /** Whether a clerk must still check the customer's ID before handing it over. */
    public boolean needsAgeCheck() {
        return minimumAge > 0 && !ageChecked;
    }

    public String displayCode() {
        return OrderCode.display(code);
    }

    public String qrText() {
        return OrderCode.qr(code);
    }

    public boolean paymentDue() {
        return !paid && status.open();
    }

    public int items() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
