package nl.connectedstore.ui;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the time from JVM launch to the first screen a person can use; docs/benchmarks.md quotes it. */
public final class ColdStart {

    private static final Logger log = LoggerFactory.getLogger(ColdStart.class);

    private ColdStart() {
    }

    public static long firstUsableScreen(String app) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("{} cold start: first usable screen after {} ms", app, millis);
        return millis;
    }
}
