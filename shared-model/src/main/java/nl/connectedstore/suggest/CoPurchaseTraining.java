package nl.connectedstore.suggest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.persistence.Transactor;

/**
 * Reads every basket line of the chain, in sale order, and learns a {@link CoPurchaseModel} from it. Long work
 * for a background thread: it reports progress and reads with a streaming cursor, so memory stays at the
 * builder's pair array whatever the number of sales.
 */
public final class CoPurchaseTraining {

    /** A basket as the reader hands it on: its products, {@code length} of them used. */
    @FunctionalInterface
    public interface BasketSink {
        void basket(long saleId, long[] productIds, int length);
    }

    private final Transactor tx;
    private final Clock clock;

    public CoPurchaseTraining(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Learns from every sale in the database. */
    public CoPurchaseModel train(ProgressListener progress) {
        CoPurchaseBuilder builder = CoPurchaseBuilder.standard();
        readBaskets(progress, (sale, products, length) -> builder.add(products, length));
        progress.progress(0.98, "suggest.training.building");
        return builder.build(clock.instant());
    }

    /** Hands every basket to {@code sink}, in sale order. */
    public void readBaskets(ProgressListener progress, BasketSink sink) {
        progress.progress(0, "suggest.training.reading");
        tx.read(session -> session.doReturningWork(connection -> {
            long total;
            try (Statement count = connection.createStatement();
                 ResultSet rs = count.executeQuery("select count(*) from sale_line")) {
                rs.next();
                total = rs.getLong(1);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "select sale_id, product_id from sale_line order by sale_id")) {
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    long[] basket = new long[64];
                    int length = 0;
                    long current = Long.MIN_VALUE;
                    long read = 0;
                    while (rs.next()) {
                        long sale = rs.getLong(1);
                        if (sale != current && length > 0) {
                            sink.basket(current, basket, length);
                            length = 0;
                        }
                        current = sale;
                        if (length == basket.length) {
                            basket = Arrays.copyOf(basket, length * 2);
                        }
                        basket[length++] = rs.getLong(2);
                        if (++read % 50_000 == 0 && total > 0) {
                            progress.progress(0.95 * read / total, "suggest.training.reading");
                        }
                    }
                    if (length > 0) {
                        sink.basket(current, basket, length);
                    }
                }
            }
            return null;
        }));
    }
}
