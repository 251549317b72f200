package nl.connectedstore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The cycle rule is able to fail: it reports the deliberate alpha <-> beta cycle of the fixture. */
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
}
