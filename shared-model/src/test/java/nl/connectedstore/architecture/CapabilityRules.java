package nl.connectedstore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
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

    /**
     * A public static method that takes an {@code org.hibernate.Session} (a helper that works "inside the caller's
     * transaction"), called from a class of another package: the caller hands its Session across the boundary and the
     * helper reads or writes its own package's tables in it.
     */
    static final DescribedPredicate<JavaMethodCall> A_SESSION_HELPER_OF_ANOTHER_PACKAGE = DescribedPredicate.describe(
            "a public static method of another package that takes an org.hibernate.Session",
            call -> !call.getOriginOwner().getPackageName().equals(call.getTargetOwner().getPackageName())
                    && call.getTarget().resolveMember()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                            && m.getModifiers().contains(JavaModifier.STATIC))
                    .filter(m -> m.getRawParameterTypes().stream()
                            .anyMatch(t -> t.isAssignableTo("org.hibernate.Session")))
                    .isPresent());

    /**
     * No class calls another package's public static method that takes a Hibernate {@code Session}: a capability
     * asks another one through that one's service instance, which joins the caller's unit of work
     * ({@code Transactor.readJoining}/{@code writeJoining}) and keeps its tables and queries to itself.
     * {@code CapabilityRulesFailTest} shows the rule reports a deliberate violation.
     */
    public static ArchRule noSessionHelpersCalledAcrossPackages() {
        return noClasses().should().callMethodWhere(A_SESSION_HELPER_OF_ANOTHER_PACKAGE)
                .because("a Session handed across a package boundary lets one capability read and write another's"
                        + " tables outside that one's service; ask the service, which joins the unit of work");
    }

    private CapabilityRules() {
    }
}
