package nl.connectedstore.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A test that only makes sense on the embedded H2 database (its server process, its file, its forced writes):
 * it runs in the H2 run of the suite and is left out of the PostgreSQL run ({@link DemoDatabase#onPostgres}).
 * {@link #value} says why, where the test is.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = DemoDatabase.DATABASE_PROPERTY, matches = "(?i)\\s*postgres(ql)?\\s*",
        disabledReason = "about the embedded H2 database only (see @H2Only on the test); the H2 run covers it")
public @interface H2Only {

    /** Why the test is about H2 alone. */
    String value();
}
