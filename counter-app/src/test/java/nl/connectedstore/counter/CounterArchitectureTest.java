package nl.connectedstore.counter;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import nl.connectedstore.architecture.AppLayerRules;
import nl.connectedstore.architecture.DoNotIncludeTestJars;

@AnalyzeClasses(packages = {"nl.connectedstore.counter", "nl.connectedstore.ui"},
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class CounterArchitectureTest {

    @ArchTest
    static final ArchTests appRules = ArchTests.in(AppLayerRules.class);
}
