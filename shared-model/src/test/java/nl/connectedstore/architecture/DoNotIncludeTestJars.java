package nl.connectedstore.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test classes another module hands over in its test jar ({@code ui-common}'s {@code HandTicker},
 * its presenter tests): in a reactor build past {@code package} they come from {@code *-tests.jar}, which ArchUnit's
 * {@link ImportOption.DoNotIncludeTests} does not recognise, and a test may use SQL to look at what it stored.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
