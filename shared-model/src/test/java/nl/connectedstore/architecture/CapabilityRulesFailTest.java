package nl.connectedstore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules are able to fail: the cycle rule reports the deliberate alpha <-> beta cycle of its fixture, the Session
 * helper rule the deliberate cross-package call of its own.
 */
class CapabilityRulesFailTest {

    private static final String FIXTURE = "nl.connectedstore.architecture.cyclefixture";

    @Test
    void aCycleBetweenTwoCapabilitiesIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        EvaluationResult result = CapabilityRules.noCyclesBetweenCapabilitiesUnder(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("alpha").contains("beta");
    }

    @Test
    void oneWayDependenciesAreNotReported() {
        JavaClasses alphaOnly = new ClassFileImporter().importPackages(FIXTURE + ".alpha");

        assertThat(CapabilityRules.noCyclesBetweenCapabilitiesUnder(FIXTURE).evaluate(alphaOnly).hasViolation())
                .isFalse();
    }

    private static final String SESSION_FIXTURE = "nl.connectedstore.architecture.sessionfixture";

    @Test
    void aSessionHelperCalledFromAnotherPackageIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages(SESSION_FIXTURE);

        EvaluationResult result = CapabilityRules.noSessionHelpersCalledAcrossPackages().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("Caller.count").contains("Owner.countIn");
    }

    @Test
    void aSessionHelperCalledInItsOwnPackageIsNotReported() {
        JavaClasses ownPackage = new ClassFileImporter().importPackages(SESSION_FIXTURE + ".owner");

        assertThat(CapabilityRules.noSessionHelpersCalledAcrossPackages().evaluate(ownPackage).hasViolation())
                .isFalse();
    }
}
