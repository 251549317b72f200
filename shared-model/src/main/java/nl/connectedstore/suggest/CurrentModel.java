package nl.connectedstore.suggest;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.connectedstore.persistence.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The co-purchase model a counter suggests from. Empty until the first training finishes; a retraining
 * (started at counter start-up and again every so often, always off the FX thread) swaps the new model in
 * at once, so suggestions never wait for one and never see half of one.
 */
public final class CurrentModel implements Supplier<CoPurchaseModel> {

    private static final Logger log = LoggerFactory.getLogger(CurrentModel.class);

    private final CoPurchaseTraining training;
    private final AtomicReference<CoPurchaseModel> current = new AtomicReference<>(CoPurchaseModel.empty());
    private final AtomicBoolean busy = new AtomicBoolean();

    public CurrentModel(CoPurchaseTraining training) {
        this.training = training;
    }

    @Override
    public CoPurchaseModel get() {
        return current.get();
    }

    /**
     * Learns from all sales now, on the calling thread, and swaps the result in. A second call while one runs
     * returns the current model at once instead of training twice.
     */
    public CoPurchaseModel retrain(ProgressListener progress) {
        if (!busy.compareAndSet(false, true)) {
            return current.get();
        }
        try {
            long start = System.nanoTime();
            CoPurchaseModel model = training.train(progress);
            current.set(model);
            log.info("Co-purchase model learnt from {} baskets ({} lines, {} products) in {} ms", model.baskets(),
                    model.lines(), model.products(), (System.nanoTime() - start) / 1_000_000);
            return model;
        } finally {
            busy.set(false);
        }
    }
}
