package nl.connectedstore.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.library.dependencies.SliceRule;

/**
 * Capabilities (the packages right under a root, e.g. {@code nl.connectedstore.catalog}) depend on each other in
 * one direction only. Checked on shared-model by {@link SharedModelArchitectureTest} and on each app's own packages
 * by {@link AppLayerRules}; {@code CapabilityRulesFailTest} shows the rule reports a deliberate cycle.
 */
public final class CapabilityRules {

    /** No cycle between the slices {@code root.(*)..}. */
    public static SliceRule noCyclesBetweenCapabilitiesUnder(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a capability is read from the tree top-down: an id or a record crosses a boundary, never"
                        + " a call back up (docs/architecture.md)");
    }

    private CapabilityRules() {
    }
}
