package nl.connectedstore.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DatabaseConfig;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.PostgresTestDatabase;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.testing.Services;

/**
 * The store-experience dashboard on a chain's data: a generator fills 50 stores with {@code sales} sales (1-4 lines)
 * over 3 years, {@code responses} feedback responses, age checks and help calls (2 % of sales) and suggestions (3 %),
 * then times the roll-up of every whole day and each dashboard view (a store's week with its 12-week trend and
 * comments; the chain's week with its ranking and 12-week scatter) for random weeks, the current week included.
 * Payments are not generated (no figure reads them). {@code h2} runs on an embedded H2 file served by its TCP
 * server as the apps use it; {@code pg} on the PostgreSQL server named by {@code CONNECTEDSTORE_TEST_PG_URL}
 * (see README), fsync as that server has it.
 *
 * <pre>mvn -q -pl shared-model test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.connectedstore.bench.FeedbackBench -Dexec.args="h2 5000000 500000"</pre>
 */
public final class FeedbackBench {

    private static final int STORES = 50;
    private static final int YEARS = 3;
    private static final int CHUNK = 20_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        int sales = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int responses = args.length > 2 ? Integer.parseInt(args[2]) : sales / 10;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        DemoChain.Size small = new DemoChain.Size(300, 0, 0);
        long start = System.nanoTime();
        try (Database db = kind.equals("pg") ? PostgresTestDatabase.fresh("feedback_bench", small)
                : Database.open(DatabaseConfig.embeddedIn(Files.createTempDirectory("cs-feedback-bench-")),
                        ProgressListener.NONE, small)) {
            Instant now = Instant.now();
            generate(db, sales, responses, now);
            System.out.printf(Locale.ROOT, "Generated %,d sales, %,d responses in %.0f s%n", sales, responses,
                    (System.nanoTime() - start) / 1e9);
            StoreService stores = Services.on(db.transactor()).stores();
            FeedbackFigures figures = new FeedbackFigures(db.transactor(), Clock.system(ZONE), ZONE);
            FeedbackDashboard dashboard = new FeedbackDashboard(figures,
                    Services.on(db.transactor(), Clock.system(ZONE)).feedbackComments(ZONE, Themes.builtIn()),
                    stores.stores());
            List<StoreInfo> chain = dashboard.stores().stream().filter(s -> s.code().startsWith("B")).toList();

            LocalDate thisWeek = FeedbackFigures.monday(figures.today());
            long t = System.nanoTime();
            dashboard.chain(thisWeek.minusWeeks(1));
            System.out.printf(Locale.ROOT, "Chain view before any roll-up (every store-day of 13 weeks counted live):"
                    + " %.0f ms%n", (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            int days = figures.rollUp();
            System.out.printf(Locale.ROOT, "Roll-up of %,d store-days: %.0f s%n", days, (System.nanoTime() - t) / 1e9);

            Random random = new Random(7);
            List<LocalDate> weeks = new ArrayList<>();
            weeks.add(thisWeek);
            weeks.add(thisWeek.minusWeeks(1));
            while (weeks.size() < repeats) {
                weeks.add(thisWeek.minusWeeks(1 + random.nextInt(52 * YEARS - 12)));
            }
            // warm up once (JIT, caches), then measure
            dashboard.store(chain.get(0), thisWeek, FeedbackComments.Filter.period(null, null, null));
            dashboard.chain(thisWeek);
            System.out.println("| view | runs | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            report("store week (figures, 12-week trend, comments, themes)", weeks, w -> () -> dashboard.store(
                    chain.get(random.nextInt(chain.size())), w, FeedbackComments.Filter.period(null, null, null)));
            report("store week, comments filtered by theme QUEUE", weeks, w -> () -> dashboard.store(
                    chain.get(random.nextInt(chain.size())), w, new FeedbackComments.Filter(null, null, null,
                            Themes.Theme.QUEUE, null, null, null)));
            report("chain week (50 stores ranked, 12-week scatter)", weeks, w -> () -> dashboard.chain(w));
        }
    }

    private static void report(String name, List<LocalDate> weeks,
                               java.util.function.Function<LocalDate, Supplier<Object>> view) {
        long[] nanos = new long[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            Supplier<Object> run = view.apply(weeks.get(i));
            long s = System.nanoTime();
            run.get();
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        int n = nanos.length;
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", name, n, nanos[(n - 1) / 2] / 1e6,
                nanos[(int) Math.ceil(0.95 * n) - 1] / 1e6, nanos[n - 1] / 1e6);
    }

    /** 50 stores, their terminals and staff, then sales, responses, requests and suggestions in chunks. */
    static void generate(Database db, int sales, int responses, Instant now) {
        Random random = new Random(42);
        long[] ids = {10_000_000L};
        List<Long> products = db.transactor().read(s -> s.createSelectionQuery(
                "select p.id from Product p where p.soldByWeight = false order by p.id", Long.class).getResultList());
        long[][] storeIds = new long[STORES][];
        db.transactor().write(session -> {
            session.doWork(c -> {
                try (PreparedStatement store = c.prepareStatement("insert into store (id, code, name, city, kind,"
                        + " country_code, currency_code) values (?,?,?,?,'STORE','NL','EUR')");
                     PreparedStatement terminal = c.prepareStatement("insert into terminal (id, store_id, code, name,"
                             + " kind) values (?,?,?,?,?)");
                     PreparedStatement staff = c.prepareStatement("insert into staff_member (id, store_id, name, role,"
                             + " pin_hash) values (?,?,?,?,'not-a-pin')")) {
                    for (int i = 0; i < STORES; i++) {
                        long id = ids[0]++;
                        String code = String.format("B%02d", i + 1);
                        store.setLong(1, id);
                        store.setString(2, code);
                        store.setString(3, "Bench " + code);
                        store.setString(4, "Bench city " + (i + 1));
                        store.addBatch();
                        long[] row = new long[6];
                        row[0] = id;
                        String[] kinds = {"CHECKOUT", "CHECKOUT", "COUNTER"};
                        for (int k = 0; k < 3; k++) {
                            row[1 + k] = ids[0]++;
                            terminal.setLong(1, row[1 + k]);
                            terminal.setLong(2, id);
                            terminal.setString(3, code + "-" + kinds[k] + "-" + (k + 1));
                            terminal.setString(4, code + " " + kinds[k]);
                            terminal.setString(5, kinds[k]);
                            terminal.addBatch();
                        }
                        for (int k = 0; k < 2; k++) {
                            row[4 + k] = ids[0]++;
                            staff.setLong(1, row[4 + k]);
                            staff.setLong(2, id);
                            staff.setString(3, (k == 0 ? "Mia " : "Noah ") + code);
                            staff.setString(4, k == 0 ? "MANAGER" : "CLERK");
                            staff.addBatch();
                        }
                        storeIds[i] = row;
                    }
                    store.executeBatch();
                    terminal.executeBatch();
                    staff.executeBatch();
                }
            });
            return null;
        });
        // sales in time order over 3 years; stores differ in size (1x to 5x)
        double[] weight = new double[STORES];
        double total = 0;
        for (int i = 0; i < STORES; i++) {
            weight[i] = 1 + i % 5;
            total += weight[i];
        }
        double totalWeight = total;
        long span = Duration.ofDays(365L * YEARS).toSeconds();
        long[] receipt = new long[STORES * 3];
        double answerChance = (double) responses / sales;
        String[] comments = {"Friendly staff and quick checkout", "The queue was long", "Prices went up again",
            "Could not find the coffee, shelf empty", "Clean shop, good advice", "The scanner did not read my card",
            "Vriendelijk personeel", "De wachtrij was lang", "Køen var lang", "Meget venligt personale"};
        String[] languages = {"en", "en", "en", "en", "en", "en", "nl", "nl", "da", "da"};
        int done = 0;
        long last = System.nanoTime();
        while (done < sales) {
            int chunk = Math.min(CHUNK, sales - done);
            int from = done;
            db.transactor().write(session -> {
                session.doWork(c -> {
                    try (PreparedStatement sale = c.prepareStatement("insert into sale (id, store_id, terminal_id,"
                            + " receipt_number, created_at, currency_code, total) values (?,?,?,?,?,'EUR',?)");
                         PreparedStatement line = c.prepareStatement("insert into sale_line (id, sale_id, line_no,"
                                 + " product_id, quantity, unit_price, vat_rate, line_total) values (?,?,?,?,?,?,?,?)");
                         PreparedStatement response = c.prepareStatement("insert into feedback_response (id,"
                                 + " store_id, terminal_code, channel, sale_id, staff_id, rating, recommend,"
                                 + " comment_text, language, given_at) values (?,?,?,?,?,?,?,?,?,?,?)");
                         PreparedStatement request = c.prepareStatement("insert into assistance_request (id,"
                                 + " store_id, terminal_id, kind, minimum_age, status, created_at, answered_at,"
                                 + " answered_by, version) values (?,?,?,?,?,?,?,?,?,0)");
                         PreparedStatement suggestion = c.prepareStatement("insert into suggestion_outcome (id,"
                                 + " store_id, staff_id, product_id, reason, shown_at, accepted_at)"
                                 + " values (?,?,?,?,'BOUGHT_WITH',?,?)")) {
                        java.math.BigDecimal one = java.math.BigDecimal.ONE.setScale(3);
                        java.math.BigDecimal price = new java.math.BigDecimal("2.50");
                        java.math.BigDecimal vat = new java.math.BigDecimal("9.00");
                        for (int i = 0; i < chunk; i++) {
                            int n = from + i;
                            double pick = random.nextDouble() * totalWeight;
                            int store = 0;
                            while (pick >= weight[store]) {
                                pick -= weight[store++];
                            }
                            int term = random.nextInt(3);
                            long terminalId = storeIds[store][1 + term];
                            Instant at = now.minusSeconds(span).plusSeconds(span * n / sales + random.nextInt(60));
                            Timestamp when = Timestamp.from(at);
                            long saleId = ids[0]++;
                            int lines = 1 + random.nextInt(4);
                            sale.setLong(1, saleId);
                            sale.setLong(2, storeIds[store][0]);
                            sale.setLong(3, terminalId);
                            sale.setLong(4, ++receipt[store * 3 + term]);
                            sale.setTimestamp(5, when);
                            sale.setBigDecimal(6, price.multiply(java.math.BigDecimal.valueOf(lines)));
                            sale.addBatch();
                            for (int l = 0; l < lines; l++) {
                                line.setLong(1, ids[0]++);
                                line.setLong(2, saleId);
                                line.setInt(3, l + 1);
                                line.setLong(4, products.get(random.nextInt(products.size())));
                                line.setBigDecimal(5, one);
                                line.setBigDecimal(6, price);
                                line.setBigDecimal(7, vat);
                                line.setBigDecimal(8, price);
                                line.addBatch();
                            }
                            long clerk = storeIds[store][4 + random.nextInt(2)];
                            if (random.nextDouble() < answerChance) {
                                int rating = 1 + Math.min(4, (int) (random.nextDouble() * 5 + (store % 5) * 0.15
                                        + (lines > 1 ? 0.3 : 0)));
                                int c1 = random.nextInt(comments.length);
                                response.setLong(1, ids[0]++);
                                response.setLong(2, storeIds[store][0]);
                                response.setString(3, String.format("B%02d-T%d", store + 1, term));
                                response.setString(4, term == 2 ? "COUNTER" : "SELF_CHECKOUT");
                                response.setLong(5, saleId);
                                if (term == 2) {
                                    response.setLong(6, clerk);
                                } else {
                                    response.setNull(6, java.sql.Types.BIGINT);
                                }
                                response.setInt(7, rating);
                                response.setInt(8, Math.min(10, rating * 2 + random.nextInt(2)));
                                response.setString(9, random.nextDouble() < 0.3 ? comments[c1] : null);
                                response.setString(10, languages[c1]);
                                response.setTimestamp(11, Timestamp.from(at.plusSeconds(20)));
                                response.addBatch();
                            }
                            if (term < 2 && random.nextDouble() < 0.03) {
                                long wait = 10 + random.nextInt(300);
                                request.setLong(1, ids[0]++);
                                request.setLong(2, storeIds[store][0]);
                                request.setLong(3, terminalId);
                                request.setString(4, "HELP");
                                request.setInt(5, 0);
                                request.setString(6, "DONE");
                                request.setTimestamp(7, Timestamp.from(at.minusSeconds(wait + 30)));
                                request.setTimestamp(8, Timestamp.from(at.minusSeconds(30)));
                                request.setLong(9, clerk);
                                request.addBatch();
                            }
                            if (term == 2 && random.nextDouble() < 0.09) {
                                suggestion.setLong(1, ids[0]++);
                                suggestion.setLong(2, storeIds[store][0]);
                                suggestion.setLong(3, clerk);
                                suggestion.setLong(4, products.get(random.nextInt(products.size())));
                                suggestion.setTimestamp(5, Timestamp.from(at.minusSeconds(60)));
                                if (random.nextDouble() < 0.25) {
                                    suggestion.setTimestamp(6, when);
                                } else {
                                    suggestion.setNull(6, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                                }
                                suggestion.addBatch();
                            }
                        }
                        sale.executeBatch();
                        line.executeBatch();
                        response.executeBatch();
                        request.executeBatch();
                        suggestion.executeBatch();
                    }
                });
                return null;
            });
            done += chunk;
            if (System.nanoTime() - last > 30e9) {
                last = System.nanoTime();
                System.out.printf(Locale.ROOT, "  %,d of %,d sales%n", done, sales);
            }
        }
        db.transactor().write(session -> {
            session.doWork(c -> {
                try (Statement s = c.createStatement()) {
                    for (int i = 0; i < STORES * 3; i++) {
                        s.addBatch("insert into receipt_counter (terminal_id, last_number) values ("
                                + storeIds[i / 3][1 + i % 3] + ", " + receipt[i] + ")");
                    }
                    s.executeBatch();
                    s.execute("alter sequence entity_seq restart with " + (ids[0] + 100));
                }
            });
            return null;
        });
        db.transactor().write(session -> {
            session.doWork(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze"); // fresh statistics for the planners of both databases
                }
            });
            return null;
        });
    }
}
