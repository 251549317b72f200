package nl.connectedstore.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Puts what H2 committed on the disk before the customer is told. H2 writes a commit to its file at once
 * ({@code WRITE_DELAY=0}, so a killed process loses nothing) but leaves it in the operating system's cache: a trace
 * of the database server during the sales benchmark showed no {@code fsync} at all, so a power cut at the till could
 * lose sales the customer saw as paid. After every unit of work that wrote, the {@link Transactor} calls the SQL
 * function {@value #FUNCTION} (created by {@link Database} on H2), which makes the process holding the file force
 * it to the disk ({@code fsync}); PostgreSQL does this itself at each commit. Uses H2's engine classes, as
 * {@link H2Pages} does: pinned to the H2 version in the pom. Figures: docs/reliability.md.
 */
public final class H2Durability {

    public static final String FUNCTION = "CS_SYNC";
    static final String CREATE = "create alias if not exists " + FUNCTION + " for \""
            + H2Durability.class.getName() + ".sync\"";

    private H2Durability() {
    }

    /** Called by H2 as {@code call CS_SYNC()} in the process that holds the database file: flushes and fsyncs it. */
    public static boolean sync(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        session.getDatabase().sync();
        return true;
    }
}
