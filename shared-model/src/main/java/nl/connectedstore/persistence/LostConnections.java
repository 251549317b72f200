package nl.connectedstore.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool that a connection whose database server went away is dead. HikariCP throws a connection
 * out only on SQL states it knows (08xxx); H2 says "connection broken" with codes of its own (90067 and kin), so
 * after the store's H2 server restarted the pool kept handing out the dead connection to a terminal that asked
 * more often than its validation window, and that terminal never came back (issue 17). PostgreSQL's 08xxx states
 * were already known; they are treated the same here.
 */
public final class LostConnections implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return ConnectionWatch.isConnectionLoss(e) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
