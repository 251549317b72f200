package nl.connectedstore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.Map;

@AnalyzeClasses(packages = "nl.connectedstore", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedModelArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxInTheModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("shared-model is used by both apps and by benchmarks; the UI stays in the apps");

    /**
     * TEMPORARY (issue 15): the dependencies that still close a cycle, all around customers. customers is the base
     * the others point at (an order, a sale, an arrival, a consent fact belong to a customer), but its privacy use
     * cases reach back up: the export reads sales, erasure forgets orders and unlinks feedback, retention removes
     * arrivals. Each is named here so the rule catches every NEW cycle; the way out (docs/architecture.md, "Cycles
     * still to break") is a privacy package above the others for PrivacyPortal, CustomerExport, RetentionJob,
     * ErasureRequests and CustomerService.erase. Delete a line when its edge is gone.
     */
    private static final Map<String, String> CYCLE_EDGES_STILL_TO_BREAK = Map.of(
            "nl.connectedstore.customers.CustomerService",
            "nl.connectedstore.orders.|nl.connectedstore.feedback.|nl.connectedstore.privacy.PersonalData",
            "nl.connectedstore.privacy.RetentionJob", "nl.connectedstore.clienteling.",
            "nl.connectedstore.privacy.CustomerExport", "nl.connectedstore.sales.|nl.connectedstore.catalog.");

    private static DescribedPredicate<JavaClass> outer(String name) {
        return DescribedPredicate.describe(name, c -> c.getName().equals(name) || c.getName().startsWith(name + "$"));
    }

    private static DescribedPredicate<JavaClass> inAny(String prefixes) {
        return DescribedPredicate.describe(prefixes,
                c -> Arrays.stream(prefixes.split("\\|")).anyMatch(p -> c.getName().startsWith(p)));
    }

    @ArchTest
    static final ArchRule capabilitiesFreeOfCycles = withEdgesStillToBreak(
            CapabilityRules.noCyclesBetweenCapabilitiesUnder("nl.connectedstore"));

    private static SliceRule withEdgesStillToBreak(SliceRule rule) {
        SliceRule ignoring = rule;
        for (Map.Entry<String, String> edge : CYCLE_EDGES_STILL_TO_BREAK.entrySet()) {
            ignoring = ignoring.ignoreDependency(outer(edge.getKey()), inAny(edge.getValue()));
        }
        return ignoring;
    }

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
