package nl.connectedstore.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a web order goes: the delivery name and address, kept apart from the order (V13). The kiosk writes it once,
 * when the order is placed, and never reads or changes it again (it has only {@code insert} here; it reads it only
 * for the holder of the card it was shown). Staff read it; erasure and the retention period delete it.
 */
@Entity
@Table(name = "order_delivery")
class OrderDelivery {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(nullable = false, length = 16)
    private String postcode;

    @Column(nullable = false, length = 100)
    private String city;

    protected OrderDelivery() {
    }

    OrderDelivery(long orderId, Address address) {
        this.orderId = orderId;
        this.name = address.name();
        this.street = address.street();
        this.postcode = address.postcode();
        this.city = address.city();
    }

    Address address(String countryCode) {
        return new Address(name, street, postcode, city, countryCode);
    }
}
