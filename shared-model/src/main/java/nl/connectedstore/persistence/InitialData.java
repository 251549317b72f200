package nl.connectedstore.persistence;

import javax.sql.DataSource;

/**
 * What {@link Database#open} puts into a database that holds no stores yet (the demo chain, a test's fixture), as
 * the owner and under the migration lock, so two apps starting together fill it once. Persistence only knows this
 * port; what is filled in lives with its owner (the demo chain in {@code nl.connectedstore.demo}).
 */
@FunctionalInterface
public interface InitialData {

    /** Fills {@code dataSource} when it holds no stores yet; returns whether it filled anything. */
    boolean fillIfEmpty(DataSource dataSource, ProgressListener progress);
}
