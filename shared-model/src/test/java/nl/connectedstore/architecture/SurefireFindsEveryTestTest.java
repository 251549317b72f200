package nl.connectedstore.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A test class that Surefire's includes (the root pom) do not match never runs, and nobody notices: that is how
 * {@code ConsentHistoryProperties} once sat unrun. Every class with a JUnit or jqwik test (anything the JUnit
 * Platform can run: {@code @Test}, {@code @Property}, {@code @ArchTest} ...) must be named so Surefire finds it.
 */
@AnalyzeClasses(packages = "nl.connectedstore", importOptions = ImportOption.OnlyIncludeTests.class)
class SurefireFindsEveryTestTest {

    private static final String TESTABLE = "org.junit.platform.commons.annotation.Testable";

    /**
     * JUnit or jqwik test methods, or an ArchUnit test class ({@code @AnalyzeClasses}). A class with only
     * {@code @ArchTest} rules and no {@code @AnalyzeClasses} is a rule library that test classes include
     * ({@code ArchTests.in(AppLayerRules.class)}); it is never run on its own.
     */
    private static final DescribedPredicate<JavaClass> HOLD_TESTS = DescribedPredicate.describe("hold tests",
            c -> c.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(TESTABLE)
                    && !m.isAnnotatedWith(ArchTest.class))
                    || c.isAnnotatedWith(AnalyzeClasses.class));

    /** The root pom's Surefire includes: Test*, *Test, *Tests, *TestCase, *Properties. */
    @ArchTest
    static final ArchRule everyTestClassIsFoundBySurefire = classes()
            .that(HOLD_TESTS).and().areTopLevelClasses().and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().haveSimpleNameStartingWith("Test")
            .orShould().haveSimpleNameEndingWith("Test")
            .orShould().haveSimpleNameEndingWith("Tests")
            .orShould().haveSimpleNameEndingWith("TestCase")
            .orShould().haveSimpleNameEndingWith("Properties")
            .because("Surefire runs only the classes its includes match; any other test class is silently skipped");
}
