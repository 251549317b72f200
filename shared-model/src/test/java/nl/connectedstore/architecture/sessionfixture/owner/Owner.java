package nl.connectedstore.architecture.sessionfixture.owner;

import org.hibernate.Session;

/** A capability's service with a static helper taking the caller's Session, for CapabilityRulesFailTest. */
public class Owner {

    /** The kind of helper the rule keeps inside its own package. */
    public static long countIn(Session session) {
        return session.createSelectionQuery("select count(*) from Owner", Long.class).getSingleResult();
    }
}
