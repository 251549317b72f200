package nl.connectedstore.counter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = {"nl.connectedstore.counter", "nl.connectedstore.ui"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class CounterArchitectureTest {

    @ArchTest
    static final ArchRule screensNeverTouchPersistence = noClasses()
            .that().resideInAnyPackage("nl.connectedstore.counter..", "nl.connectedstore.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..")
            .because("screens call services and get records back; no SQL, no EntityManager in the apps");

    @ArchTest
    static final ArchRule screensNeverHoldEntities = noClasses()
            .that().resideInAnyPackage("nl.connectedstore.counter..", "nl.connectedstore.ui..")
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .because("a managed entity in a screen could lazy-load on the FX thread");
}
