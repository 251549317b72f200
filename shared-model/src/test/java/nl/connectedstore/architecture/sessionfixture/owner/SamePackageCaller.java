package nl.connectedstore.architecture.sessionfixture.owner;

import org.hibernate.Session;

/** Calls the helper from its own package: allowed. */
class SamePackageCaller {

    long count(Session session) {
        return Owner.countIn(session);
    }
}
