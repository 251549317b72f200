package nl.connectedstore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What every app's screens must not do. Each app's architecture test runs these against its own classes
 * (through shared-model's test jar): {@code @ArchTest static final ArchTests rules = ArchTests.in(AppLayerRules.class)}.
 */
public final class AppLayerRules {

    private static final String[] APP_PACKAGES = {
        "nl.connectedstore.kiosk..", "nl.connectedstore.counter..", "nl.connectedstore.ui.."};

    @ArchTest
    public static final ArchRule screensNeverTouchPersistence = noClasses()
            .that().resideInAnyPackage(APP_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..")
            .because("screens call services and get records back; no SQL, no EntityManager in the apps");

    @ArchTest
    public static final ArchRule screensNeverHoldEntities = noClasses()
            .that().resideInAnyPackage(APP_PACKAGES)
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .because("a managed entity in a screen could lazy-load on the FX thread");

    private AppLayerRules() {
    }
}
