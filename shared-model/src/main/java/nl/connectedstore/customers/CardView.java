package nl.connectedstore.customers;

/**
 * A loyalty card as a screen shows it. {@code qrPayload} is what the card's QR code says: a random card
 * number, nothing personal.
 */
public record CardView(long customerId, String cardNumber, CardStatus status, String qrPayload) {
}
