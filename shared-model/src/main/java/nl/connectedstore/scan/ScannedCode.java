package nl.connectedstore.scan;

/** What a barcode said, once its digits and check digit are known to be right. */
public sealed interface ScannedCode {

    /** The raw text as read, for logs and messages. */
    String raw();

    /** A trade item number (EAN-13, EAN-8 or UPC-A, UPC-E expanded), normalised to 13 digits where possible. */
    record TradeItem(String gtin, String raw) implements ScannedCode {
    }

    /**
     * A shop-printed label for weighed or priced goods (GS1 prefix 20-29): the item's code in the chain's
     * scheme and the amount embedded, in grams or in cents.
     */
    record VariableMeasure(String itemCode, VariableMeasureScheme.Measure measure, int amount, String raw)
            implements ScannedCode {
    }
}
