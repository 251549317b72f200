package nl.connectedstore.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every table of the dashboard as CSV (RFC 4180, UTF-8, comma, dot decimals): the store's week, its 12-week trend,
 * its comments, the chain's ranking and the scatter's store-weeks. An empty cell is "nothing to compute it from",
 * never 0. Comments are written as the manager reads them, without customers' names.
 */
public final class FeedbackCsv {

    private FeedbackCsv() {
    }

    /** Writes the five tables into {@code folder}, named after the store and week; returns the files. */
    public static List<Path> export(FeedbackDashboard.StoreView store, FeedbackDashboard.ChainView chain, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        String tag = store.store().code() + "-" + store.monday();
        List<Path> files = new ArrayList<>();
        files.add(write(folder.resolve("store-week-" + tag + ".csv"), out -> storeWeek(store, out)));
        files.add(write(folder.resolve("trend-" + tag + ".csv"), out -> trend(store, out)));
        files.add(write(folder.resolve("comments-" + tag + ".csv"), out -> comments(store.comments(), out)));
        files.add(write(folder.resolve("chain-" + chain.monday() + ".csv"), out -> chain(chain, out)));
        files.add(write(folder.resolve("scatter-" + chain.monday() + ".csv"), out -> scatter(chain, out)));
        return files;
    }

    private interface Table {
        void to(CSVPrinter out) throws IOException;
    }

    private static Path write(Path file, Table table) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
            table.to(out);
        }
        return file;
    }

    private static final List<String> FIGURES = List.of("responses", "csat_percent", "nps", "recommend_answers",
            "sales", "response_rate_percent", "multi_item_share_percent", "items_per_basket",
            "upsell_acceptance_percent", "suggestions_shown", "too_few_to_judge");

    private static List<Object> figures(DayCounts c) {
        return List.of(c.responses(), n(c.csat()), n(c.nps()), c.recommendAnswers(), c.sales(), n(c.responseRate()),
                n(c.multiItemShare()), n(c.itemsPerBasket()), n(c.upsellAcceptance()), c.suggestionsShown(),
                !c.enoughToJudge());
    }

    static void storeWeek(FeedbackDashboard.StoreView v, CSVPrinter out) throws IOException {
        List<Object> header = new ArrayList<>(List.of("store", "week_from"));
        header.addAll(FIGURES);
        header.addAll(List.of("wait_median_s", "wait_p90_s", "waits", "pickups", "pickups_late"));
        out.printRecord(header);
        List<Object> row = new ArrayList<>(List.of(v.store().code(), v.monday()));
        row.addAll(figures(v.week().counts()));
        row.addAll(List.of(n(v.week().waits().medianSeconds()), n(v.week().waits().p90Seconds()),
                v.week().waits().n(), v.week().pickups().orders(), v.week().pickups().late()));
        out.printRecord(row);
    }

    static void trend(FeedbackDashboard.StoreView v, CSVPrinter out) throws IOException {
        List<Object> header = new ArrayList<>(List.of("store", "week_from"));
        header.addAll(FIGURES);
        out.printRecord(header);
        for (FeedbackFigures.Week w : v.trend()) {
            List<Object> row = new ArrayList<>(List.of(v.store().code(), w.monday()));
            row.addAll(figures(w.counts()));
            out.printRecord(row);
        }
    }

    static void comments(List<FeedbackComments.Comment> comments, CSVPrinter out) throws IOException {
        out.printRecord("store", "given_at", "rating", "recommend", "language", "staff", "themes", "comment");
        for (FeedbackComments.Comment c : comments) {
            out.printRecord(c.storeCode(), c.givenAt(), c.rating(), c.recommend() == null ? "" : c.recommend(),
                    c.language(), c.staffName() == null ? "" : c.staffName(),
                    c.themes().stream().map(Enum::name).collect(Collectors.joining(" ")), c.text());
        }
    }

    static void chain(FeedbackDashboard.ChainView v, CSVPrinter out) throws IOException {
        List<Object> header = new ArrayList<>(List.of("rank", "store", "week_from"));
        header.addAll(FIGURES);
        header.addAll(List.of("wait_median_s", "wait_p90_s", "waits", "pickups", "pickups_late"));
        out.printRecord(header);
        for (FeedbackDashboard.ChainRow r : v.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.rank() == 0 ? "" : r.rank(), r.store().code(), v.monday()));
            row.addAll(figures(r.period().counts()));
            row.addAll(List.of(n(r.period().waits().medianSeconds()), n(r.period().waits().p90Seconds()),
                    r.period().waits().n(), r.period().pickups().orders(), r.period().pickups().late()));
            out.printRecord(row);
        }
    }

    static void scatter(FeedbackDashboard.ChainView v, CSVPrinter out) throws IOException {
        out.printRecord("store", "week_from", "csat_percent", "multi_item_share_percent", "responses");
        for (FeedbackDashboard.Point p : v.scatter()) {
            out.printRecord(p.storeCode(), p.monday(), num(p.csat()), num(p.multiItemShare()), p.responses());
        }
    }

    private static String n(OptionalDouble d) {
        return d.isPresent() ? num(d.getAsDouble()) : "";
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
