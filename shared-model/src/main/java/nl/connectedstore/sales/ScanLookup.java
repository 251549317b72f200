package nl.connectedstore.sales;

/** What a valid code turned out to be at this store. */
public sealed interface ScanLookup {

    record Found(BasketItem item) implements ScanLookup {
    }

    /** No product has this code. */
    record Unknown(String code) implements ScanLookup {
    }

    /** The product exists but has no price at this store: staff must help. */
    record NoPrice(String name) implements ScanLookup {
    }

    /** A weight label on something sold by the piece, or a loose item's own barcode: it must be weighed. */
    record NeedsWeighing(String name) implements ScanLookup {
    }
}
