package nl.connectedstore.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.connectedstore.architecture.AppLayerRules;
import nl.connectedstore.kiosk.archfixture.CleanScreen;
import org.junit.jupiter.api.Test;

/**
 * Each app-layer rule is able to fail: run against the small fixture in {@code archfixture} (test classes only,
 * never part of the app), it reports the class that breaks it and leaves the clean one alone.
 */
class AppLayerRulesFailTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importPackages("nl.connectedstore.kiosk.archfixture");

    private static String report(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().toString();
    }

    @Test
    void aViewCallingAServiceIsReported() {
        assertThat(report(AppLayerRules.VIEWS_NEVER_CALL_SERVICES))
                .contains("ScreenCallingAService").contains("StoreService")
                .doesNotContain("CleanScreen");
    }

    @Test
    void aPresenterHoldingANodeIsReported() {
        assertThat(report(AppLayerRules.presentersImportNoScene))
                .contains("FixturePresenter").contains("javafx.scene.control.Label")
                .doesNotContain("ScreenCallingAService");
    }

    @Test
    void appCodeHoldingAnEntityIsReported() {
        assertThat(report(AppLayerRules.screensNeverHoldEntities))
                .contains("ScreenHoldingAnEntity").contains("nl.connectedstore.catalog.Product")
                .doesNotContain("CleanScreen");
    }

    @Test
    void appCodeUsingJdbcIsReported() {
        assertThat(report(AppLayerRules.screensNeverTouchPersistence))
                .contains("ScreenHoldingAnEntity").contains("java.sql.Connection");
    }

    @Test
    void aRecordFromTheModelIsNotAService() {
        assertThat(AppLayerRules.SHARED_MODEL_SERVICE.test(FIXTURE.get(CleanScreen.class))).isFalse();
        assertThat(new ClassFileImporter().importClasses(nl.connectedstore.store.StoreInfo.class,
                nl.connectedstore.store.StoreService.class, nl.connectedstore.store.PinGuard.class).stream()
                .filter(AppLayerRules.SHARED_MODEL_SERVICE::test).map(c -> c.getSimpleName()))
                .containsExactlyInAnyOrder("StoreService", "PinGuard");
    }
}
