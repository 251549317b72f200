package nl.connectedstore.sales;

import java.nio.file.Files;

/**
 * The crash test's control: the same kills with H2's default write delay (500 ms) instead of durable
 * commits. Prints what it loses; not a test, because losing is the expected outcome.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.sales.CrashControl -Dexec.args="20 500"</pre>
 */
public final class CrashControl {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int writeDelay = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        CrashHarness.Outcome outcome = CrashHarness.run(Files.createTempDirectory("cs-crash-"), rounds, writeDelay,
                20261123L);
        System.out.printf("write delay %d ms, %d kills: %d sales acknowledged, %d of them lost; %d stored;"
                        + " stock taken %d%n", writeDelay, outcome.rounds(), outcome.acknowledged(), outcome.lost(),
                outcome.storedSales(), outcome.stockTaken());
    }
}
