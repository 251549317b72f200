package nl.connectedstore.architecture.sessionfixture.caller;

import nl.connectedstore.architecture.sessionfixture.owner.Owner;
import org.hibernate.Session;

/** A deliberate violation for CapabilityRulesFailTest: another package hands its Session to Owner's helper. */
public class Caller {

    long count(Session session) {
        return Owner.countIn(session);
    }
}
