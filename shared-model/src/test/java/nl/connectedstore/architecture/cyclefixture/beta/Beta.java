package nl.connectedstore.architecture.cyclefixture.beta;

import nl.connectedstore.architecture.cyclefixture.alpha.Alpha;

/** A deliberate cycle (beta -> alpha -> beta) for CapabilityRulesFailTest. */
public class Beta {
    Alpha alpha;
}
