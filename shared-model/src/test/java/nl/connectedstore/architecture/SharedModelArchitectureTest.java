package nl.connectedstore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.connectedstore", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedModelArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxInTheModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("shared-model is used by both apps and by benchmarks; the UI stays in the apps");

    @ArchTest
    static final ArchRule capabilitiesFreeOfCycles =
            CapabilityRules.noCyclesBetweenCapabilitiesUnder("nl.connectedstore");

    @ArchTest
    static final ArchRule noSessionHelpersCalledAcrossPackages = CapabilityRules.noSessionHelpersCalledAcrossPackages();

    @ArchTest
    static final ArchRule persistenceKnowsNoCapability = noClasses()
            .that().resideInAPackage("nl.connectedstore.persistence..")
            .should().dependOnClassesThat().resideOutsideOfPackages("nl.connectedstore.persistence..", "java..",
                    "javax..", "jakarta..", "org.hibernate..", "org.flywaydb..", "org.h2..", "org.postgresql..",
                    "com.zaxxer..", "org.slf4j..", "com.fasterxml..")
            .because("persistence opens the database and runs units of work for every capability; it lists no"
                    + " entity and fills no demo data (db/entities.txt, InitialData, WhenOpened)");

    @ArchTest
    static final ArchRule noPackageNamedAfterALayer = noClasses()
            .should().resideInAnyPackage("..dao..", "..util..", "..manager..", "..helper..")
            .because("packages are named after what the business calls things");
}
