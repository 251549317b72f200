package nl.connectedstore.ui;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the time from JVM launch to the first screen a person can use; docs/benchmarks.md quotes it. */
public final class ColdStart {

    private static final Logger log = LoggerFactory.getLogger(ColdStart.class);

    private ColdStart() {
    }

    /**
     * The app's first screen is on screen while its database still opens (the kiosk's welcome screen): a person sees
     * it and may tap, but the answer to a tap waits for {@link #firstUsableScreen}.
     */
    public static long welcomeShown(String app) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("{} cold start: welcome screen shown after {} ms (database still opening)", app, millis);
        return millis;
    }

    public static long firstUsableScreen(String app) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("{} cold start: first usable screen after {} ms", app, millis);
        return millis;
    }
}
