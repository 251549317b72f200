package nl.connectedstore.orders;

/** Where an order goes: picked up at a store of the chain, or delivered to a checked address. */
public record Destination(Long pickupStoreId, Address address) {

    public Destination {
        if ((pickupStoreId == null) == (address == null)) {
            throw new IllegalArgumentException("Either a pick-up store or an address");
        }
    }

    public static Destination pickUpAt(long storeId) {
        return new Destination(storeId, null);
    }

    public static Destination deliverTo(Address address) {
        return new Destination(null, address);
    }

    public Fulfilment fulfilment() {
        return pickupStoreId != null ? Fulfilment.PICK_UP : Fulfilment.DELIVERY;
    }
}
