package nl.connectedstore.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The entity list Hibernate maps ({@value Database#ENTITY_LIST}) is every {@code @Entity} class, and only those. */
class EntityListTest {

    @Test
    void theEntityListNamesEveryEntityClassAndNothingElse() {
        Set<String> annotated = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.connectedstore").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> listed = Database.entities().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(annotated).as("@Entity classes found in shared-model").hasSizeGreaterThan(30);
        assertThat(listed).as(Database.ENTITY_LIST).containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(Database.entities()).as("each listed once").doesNotHaveDuplicates();
    }

    @Test
    void theRunWhenOpenedStepsAreFound() {
        assertThat(ServiceLoader.load(WhenOpened.class).stream().map(p -> p.type().getName()))
                .as("sales imports the payments kept during an outage each time the database opens")
                .contains("nl.connectedstore.sales.PaymentsToResolve$ImportWhenOpened");
    }
}
