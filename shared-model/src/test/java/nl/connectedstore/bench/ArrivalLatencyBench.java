package nl.connectedstore.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.clienteling.ArrivalView;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * Arrival to card across two processes, as in a store: this process is the counter, polling the shared
 * embedded database every 250 ms exactly as the counter's feed does; a second JVM is the kiosk, checking in
 * 100 consented customers at random moments and printing when each check-in committed (wall clock, same
 * machine). Latency is the first poll that saw the customer minus the commit.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=nl.connectedstore.bench.ArrivalLatencyBench</pre>
 */
public final class ArrivalLatencyBench {

    static final int CUSTOMERS = 100;
    static final Duration POLL = Duration.ofMillis(250);

    private ArrivalLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("kiosk")) {
            kiosk(Path.of(args[1]), args[2]);
            return;
        }
        Path home = Files.createTempDirectory("cs-arrival-");
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(200, 100, 10))) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            CustomerService customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
            List<String> cards = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                CardView card = customers.signUp(new CustomerService.SignUp("Bench" + i, "Arrival", "", "", "en"),
                        Map.of(Purpose.RECOGNITION, 12), new byte[] {1}, Channel.KIOSK, "AMS-KIOSK-1").card();
                cards.add(card.qrPayload());
            }
            Path list = home.resolve("cards.txt");
            Files.write(list, cards);
            ArrivalService counter = Services.on(db.transactor(), Clock.systemUTC()).arrivals();
            String classpath = classPath();
            Process kiosk = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, ArrivalLatencyBench.class.getName(), "kiosk", home.toString(), list.toString())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            Map<Long, Long> committed = new HashMap<>();
            Map<Long, Long> seen = new HashMap<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(kiosk.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("COMMITTED ")) {
                            String[] parts = line.split(" ");
                            synchronized (committed) {
                                committed.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            reader.start();
            long[] pollNanos = new long[100_000];
            int polls = 0;
            while (seen.size() < CUSTOMERS && (kiosk.isAlive() || seen.size() < committedSize(committed))) {
                long start = System.nanoTime();
                List<ArrivalView> recent = counter.recent(ams.id(), Duration.ofMinutes(20));
                long now = System.currentTimeMillis();
                pollNanos[polls++ % pollNanos.length] = System.nanoTime() - start;
                for (ArrivalView a : recent) {
                    seen.putIfAbsent(a.customerId(), now);
                }
                Thread.sleep(POLL.toMillis());
            }
            reader.join(5_000);
            long[] latency = committed.entrySet().stream().filter(e -> seen.containsKey(e.getKey()))
                    .mapToLong(e -> seen.get(e.getKey()) - e.getValue()).sorted().toArray();
            long[] query = Arrays.copyOf(pollNanos, Math.min(polls, pollNanos.length));
            Arrays.sort(query);
            System.out.printf("%d check-ins by the kiosk process, %d seen by the counter process%n", committed.size(),
                    seen.size());
            System.out.printf("arrival to card: p50 %d ms, p95 %d ms, max %d ms (poll every %d ms)%n",
                    latency[latency.length / 2], latency[(int) (latency.length * 0.95)], latency[latency.length - 1],
                    POLL.toMillis());
            System.out.printf("the poll query: p50 %.2f ms, p95 %.2f ms over %d polls%n", query[query.length / 2] / 1e6,
                    query[(int) (query.length * 0.95)] / 1e6, query.length);
        }
    }

    /** This program's class path, also when run by exec:java (which loads it in a class loader of its own). */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader
                && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(u -> {
                try {
                    return Path.of(u.toURI()).toString();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(java.util.stream.Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static int committedSize(Map<Long, Long> committed) {
        synchronized (committed) {
            return committed.size();
        }
    }

    /** The kiosk process: checks every card in at random moments, 50-250 ms apart. */
    private static void kiosk(Path home, String cardList) throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE,
                new DemoChain.Size(200, 100, 10))) {
            StoreInfo ams = Services.on(db.transactor()).stores().store("AMS").orElseThrow();
            ArrivalService kiosk = Services.on(db.transactor(), Clock.systemUTC()).arrivals();
            CustomerService customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
            java.util.Random random = new java.util.Random(11);
            for (String card : Files.readAllLines(Path.of(cardList))) {
                Thread.sleep(50 + random.nextInt(200));
                kiosk.checkIn(card, ams.id(), "AMS-KIOSK-1");
                long at = System.currentTimeMillis();
                System.out.println("COMMITTED " + customers.card(card).orElseThrow().customerId() + " " + at);
            }
        }
    }
}
