package nl.connectedstore.architecture.cyclefixture.alpha;

import nl.connectedstore.architecture.cyclefixture.beta.Beta;

/** A deliberate cycle (alpha -> beta -> alpha) for CapabilityRulesFailTest. */
public class Alpha {
    Beta beta;
}
