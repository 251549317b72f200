package nl.connectedstore.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * What every app's classes must not do. Each app's architecture test runs these against its own classes (through
 * shared-model's test jar): {@code @ArchTest static final ArchTests rules = ArchTests.in(AppLayerRules.class)}.
 * {@code AppLayerRulesFailTest} (kiosk-app's tests) checks that each rule reports a deliberate violation.
 */
public final class AppLayerRules {

    private static final String[] APP_PACKAGES = {
        "nl.connectedstore.kiosk..", "nl.connectedstore.counter..", "nl.connectedstore.ui.."};

    /**
     * What counts as a shared-model service, i.e. something a view must not call (docs/architecture.md): a class
     * outside the apps that is named {@code *Service}, or holds a {@code Transactor} (it reads or writes the
     * database), or is one of the named front doors whose names do not say so. Name and structure based, so a new
     * service is caught without anyone remembering to mark it. Persistence itself ({@code Database}, which the
     * start-up screen opens and hands to the composition root) is not a service; the apps may not use its
     * Hibernate/SQL side ({@link #screensNeverTouchPersistence}). Records and enums, even when nested in a service
     * ({@code AccessLog.Entry}), are the values a service hands out: views may show them.
     */
    public static final DescribedPredicate<JavaClass> SHARED_MODEL_SERVICE = new DescribedPredicate<>(
            "a shared-model service (*Service, holds a Transactor, or PrivacyPortal/AccessLog/PinGuard/"
                    + "FeedbackFigures/FeedbackComments/FeedbackDashboard/ErasureRequests/RetentionJob/"
                    + "PaymentsToResolve)") {
        private final Set<String> frontDoors = Set.of("PrivacyPortal", "AccessLog", "PinGuard", "FeedbackFigures",
                "FeedbackComments", "FeedbackDashboard", "ErasureRequests", "RetentionJob", "PaymentsToResolve");

        @Override
        public boolean test(JavaClass c) {
            if (!c.getPackageName().startsWith("nl.connectedstore.") || resideInAnyPackage(APP_PACKAGES).test(c)
                    || c.getPackageName().equals("nl.connectedstore.persistence")) {
                return false;
            }
            if (c.isRecord() || c.isEnum()) {
                return false; // a value a service hands out (PrivacyPortal.Page, AccessLog.Entry): what views show
            }
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.getSimpleName().endsWith("Service")
                    || frontDoors.contains(outer.getSimpleName())
                    || outer.getAllFields().stream()
                    .anyMatch(f -> f.getRawType().getName().equals("nl.connectedstore.persistence.Transactor"));
        }
    };

    /**
     * The composition roots: they build the services once and hand them to presenters, and they also put the first
     * nodes on the stage. Allowed to know both, for good.
     */
    public static final Set<String> COMPOSITION_ROOTS = Set.of(
            "nl.connectedstore.kiosk.KioskApp", "nl.connectedstore.kiosk.KioskShell",
            "nl.connectedstore.counter.CounterApp", "nl.connectedstore.counter.CounterShell",
            "nl.connectedstore.ui.StoreApp");

    /**
     * The {@code --screenshot} tours: demo tools that stage what a customer or the other app would do (a help call,
     * a clerk's approval) on the demo database, with that app's own services. Exempt for good.
     */
    public static final Set<String> SCREENSHOT_TOURS = Set.of(
            "nl.connectedstore.kiosk.KioskScreenshotTour", "nl.connectedstore.counter.CounterScreenshotTour");

    private static final DescribedPredicate<JavaClass> EXEMPT_FROM_VIEW_RULE = new DescribedPredicate<>(
            "a composition root or a screenshot tour") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return COMPOSITION_ROOTS.contains(outer.getName()) || SCREENSHOT_TOURS.contains(outer.getName());
        }
    };

    private static final DescribedPredicate<JavaClass> A_VIEW = new DescribedPredicate<>(
            "depend on javafx.scene (views)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene"));
        }
    };

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

    /** The rule itself, without today's temporary exceptions: what {@code AppLayerRulesFailTest} checks. */
    public static final ArchRule VIEWS_NEVER_CALL_SERVICES = noClasses()
            .that(A_VIEW).and(not(EXEMPT_FROM_VIEW_RULE))
            .should().dependOnClassesThat(SHARED_MODEL_SERVICE)
            .because("a view builds nodes and binds to its presenter; the presenter calls the services through the"
                    + " TaskExecutor (composition roots and screenshot tours are exempt)");

    @ArchTest
    public static final ArchRule viewsNeverCallServices = VIEWS_NEVER_CALL_SERVICES;

    @ArchTest
    public static final ArchRule presentersImportNoScene = noClasses()
            .that().haveSimpleNameEndingWith("Presenter")
            .or(nameMatching(".*Presenter\\$.*"))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("a presenter is plain Java (observable state, commands) and is tested without a toolkit");

    @ArchTest
    public static final ArchRule appPackagesFreeOfCycles =
            CapabilityRules.noCyclesBetweenCapabilitiesUnder("nl.connectedstore");

    private AppLayerRules() {
    }
}
