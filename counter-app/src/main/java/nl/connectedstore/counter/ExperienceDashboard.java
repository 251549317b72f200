package nl.connectedstore.counter;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.connectedstore.feedback.DayCounts;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackFigures;
import nl.connectedstore.feedback.Scores;
import nl.connectedstore.feedback.Themes;
import nl.connectedstore.store.StaffName;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.ui.Messages;

/**
 * The manager's store-experience dashboard: a store's week (scores with their sample sizes beside the store's
 * operational figures, a 12-week trend, the comments with filters) and the chain's week (stores ranked side by side,
 * CSAT against multi-item share with the correlation and its n). Store-weeks with fewer than 10 responses say "too few
 * to judge" and are not ranked. Every table exports to CSV. The flow is {@link DashboardPresenter}'s.
 */
final class ExperienceDashboard extends BorderPane {

    private final DashboardPresenter presenter;
    private final Messages messages;
    private final ComboBox<StoreInfo> storeBox = new ComboBox<>();
    private final Label weekLabel = new Label();
    private final Label status = new Label();
    private final FlowPane tiles = new FlowPane(12, 12);
    private final Label tooFew = new Label();
    private final LineChart<String, Number> trend;
    private final ScatterChart<Number, Number> scatter;
    private final TableView<FeedbackDashboard.ChainRow> chainTable = new TableView<>();
    private final TableView<FeedbackComments.Comment> commentsTable = new TableView<>();
    private final ComboBox<StaffName> clerkFilter = new ComboBox<>();
    private final ComboBox<Integer> ratingFilter = new ComboBox<>();
    private final ComboBox<String> themeFilter = new ComboBox<>();
    private final ComboBox<String> languageFilter = new ComboBox<>();
    private final Label themeSummary = new Label();

    ExperienceDashboard(DashboardPresenter presenter, Messages messages) {
        this.presenter = presenter;
        this.messages = messages;
        setId("experienceDashboard");
        getStyleClass().add("experience-dashboard");

        storeBox.setId("dashStore");
        storeBox.getItems().setAll(presenter.stores());
        storeBox.setConverter(converter(s -> s.code() + " \u00b7 " + s.name()));
        storeBox.valueProperty().bindBidirectional(presenter.storeProperty());
        Button previous = new Button("\u25c0");
        previous.setId("previousWeek");
        previous.setOnAction(e -> presenter.previousWeek());
        Button next = new Button("\u25b6");
        next.setId("nextWeek");
        next.setOnAction(e -> presenter.nextWeek());
        weekLabel.setId("dashWeek");
        weekLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "feedback.dash.weekOf", messages.date(presenter.mondayProperty().get())),
                presenter.mondayProperty()));
        Button export = new Button(messages.get("feedback.dash.export"));
        export.setId("exportCsv");
        export.setOnAction(e -> presenter.export());
        status.setId("dashStatus");
        status.textProperty().bind(Bindings.createStringBinding(() ->
                presenter.statusProperty().get() == null ? "" : presenter.statusProperty().get().in(messages),
                presenter.statusProperty()));
        status.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the controls keep their size; a long status line is what gets cut
        for (Region control : List.of(storeBox, previous, weekLabel, next, export)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        HBox top = new HBox(10, storeBox, previous, weekLabel, next, status, spacer, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 16, 6, 16));
        setTop(top);

        CategoryAxis weeks = new CategoryAxis();
        NumberAxis score = new NumberAxis(-100, 100, 20);
        score.setLabel(messages.get("feedback.dash.score"));
        trend = new LineChart<>(weeks, score);
        trend.setId("trendChart");
        trend.setTitle(messages.get("feedback.dash.trend"));
        trend.setAnimated(false);
        trend.setPrefHeight(300);
        NumberAxis multi = new NumberAxis();
        multi.setLabel(messages.get("feedback.dash.multiItemShare"));
        multi.setForceZeroInRange(false);
        NumberAxis csat = new NumberAxis();
        csat.setLabel(messages.get("feedback.dash.csat"));
        csat.setForceZeroInRange(false);
        scatter = new ScatterChart<>(multi, csat);
        scatter.setId("scatterChart");
        scatter.setAnimated(false);
        scatter.setLegendVisible(false);
        scatter.setPrefHeight(340);

        tooFew.setId("tooFew");
        tooFew.getStyleClass().add("too-few");
        tooFew.managedProperty().bind(tooFew.visibleProperty());
        tiles.setId("figures");

        clerkFilter.setId("clerkFilter");
        clerkFilter.getItems().add(DashboardPresenter.ANY_CLERK);
        presenter.clerks().addListener((ListChangeListener<StaffName>) change -> {
            StaffName chosen = presenter.clerkProperty().get();
            clerkFilter.getItems().setAll(DashboardPresenter.ANY_CLERK);
            clerkFilter.getItems().addAll(presenter.clerks());
            clerkFilter.setValue(chosen);
        });
        clerkFilter.setConverter(converter(c -> c == null || c.staffId() == 0 ? messages.get("feedback.dash.anyClerk")
                : c.firstName()));
        clerkFilter.valueProperty().bindBidirectional(presenter.clerkProperty());
        ratingFilter.setId("ratingFilter");
        ratingFilter.getItems().addAll(0, 5, 4, 3, 2, 1); // 0: any
        ratingFilter.setConverter(converter(r -> r == null || r == 0 ? messages.get("feedback.dash.anyRating")
                : FeedbackText.stars(r)));
        ratingFilter.valueProperty().bindBidirectional(presenter.ratingProperty());
        themeFilter.setId("themeFilter");
        themeFilter.getItems().add(""); // any
        themeFilter.getItems().addAll(Arrays.stream(Themes.Theme.values()).map(Enum::name).toList());
        themeFilter.setConverter(converter(t -> t == null || t.isEmpty() ? messages.get("feedback.dash.anyTheme")
                : messages.get("feedback.theme." + t)));
        themeFilter.valueProperty().bindBidirectional(presenter.themeProperty());
        languageFilter.setId("languageFilter");
        languageFilter.getItems().add(""); // any
        languageFilter.getItems().addAll(Themes.LANGUAGES);
        languageFilter.setConverter(converter(l -> l == null || l.isEmpty()
                ? messages.get("feedback.dash.anyLanguage") : messages.get("language." + l)));
        languageFilter.valueProperty().bindBidirectional(presenter.languageProperty());
        commentsTable.setId("commentsTable");
        commentsTable.setPrefHeight(260);
        commentsTable.setPlaceholder(new Label(messages.get("feedback.dash.noComments")));
        commentsTable.getColumns().setAll(List.of(
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.when"),
                        c -> messages.dateTime(c.givenAt(), presenter.zone())),
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.rating"),
                        c -> FeedbackText.stars(c.rating()), FeedbackText.stars(5)),
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.recommend"),
                        c -> c.recommend() == null ? FeedbackText.NONE : Integer.toString(c.recommend()), "10"),
                comment(messages.get("feedback.dash.col.comment"), c -> c.text()
                        + (c.customerFirstName() == null ? "" : " \u2014 " + c.customerFirstName())),
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.themes"),
                        c -> String.join(", ", c.themes().stream()
                                .map(t -> messages.get("feedback.theme." + t.name())).toList())),
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.staff"),
                        c -> c.staffName() == null ? "" : c.staffName()),
                FittedColumn.of(commentsTable, messages.get("feedback.dash.col.language"),
                        FeedbackComments.Comment::language)));
        themeSummary.setId("themeSummary");
        themeSummary.setWrapText(true);
        themeSummary.getStyleClass().add("text-muted");
        HBox filters = new HBox(10, new Label(messages.get("feedback.dash.comments")), clerkFilter, ratingFilter,
                themeFilter, languageFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox storePage = new VBox(12, tooFew, tiles, trend, filters, themeSummary, commentsTable);
        storePage.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane storeScroll = new ScrollPane(storePage);
        storeScroll.setFitToWidth(true);
        Tab storeTab = new Tab(messages.get("feedback.dash.storeTab"), storeScroll);
        storeTab.setId("dashStoreTab");

        chainTable.setId("chainTable");
        chainTable.setPrefHeight(300);
        chainTable.getColumns().setAll(List.of(
                rowColumn(messages.get("feedback.dash.head.rank"), r -> r.rank() == 0 ? FeedbackText.NONE
                        : Integer.toString(r.rank())),
                rowColumn(messages.get("feedback.dash.head.store"), r -> r.store().code() + " \u00b7 "
                        + r.store().city()),
                rowColumn(messages.get("feedback.dash.head.responses"), r -> r.period().counts().responses()
                        + (r.period().counts().enoughToJudge() ? "" : " (< " + Scores.TOO_FEW
                        + ")")),
                rowColumn(messages.get("feedback.dash.head.csat"), r -> FeedbackText.percent(r.period().counts().csat())),
                rowColumn(messages.get("feedback.dash.head.nps"), r -> FeedbackText.nps(r.period().counts().nps())),
                rowColumn(messages.get("feedback.dash.head.responseRate"), r -> FeedbackText.percent(
                        r.period().counts().responseRate())),
                rowColumn(messages.get("feedback.dash.head.multiItemShare"), r -> FeedbackText.percent(
                        r.period().counts().multiItemShare())),
                rowColumn(messages.get("feedback.dash.head.itemsPerBasket"), r -> FeedbackText.decimal(
                        r.period().counts().itemsPerBasket(), messages.locale())),
                rowColumn(messages.get("feedback.dash.head.upsell"), r -> FeedbackText.percent(
                        r.period().counts().upsellAcceptance())),
                rowColumn(messages.get("feedback.dash.head.wait"), r -> FeedbackText.seconds(
                        r.period().waits().medianSeconds()) + " / " + FeedbackText.seconds(
                        r.period().waits().p90Seconds())),
                rowColumn(messages.get("feedback.dash.head.latePickups"), r -> FeedbackText.percent(
                        r.period().pickups().lateShare()) + " (n = " + r.period().pickups().orders() + ")")));
        Label chainNote = new Label(messages.get("feedback.dash.chainNote"));
        chainNote.setWrapText(true);
        chainNote.getStyleClass().add("text-muted");
        VBox chainPage = new VBox(12, chainNote, chainTable, scatter);
        chainPage.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane chainScroll = new ScrollPane(chainPage);
        chainScroll.setFitToWidth(true);
        Tab chainTab = new Tab(messages.get("feedback.dash.chainTab"), chainScroll);
        chainTab.setId("dashChainTab");
        TabPane pages = new TabPane(storeTab, chainTab);
        pages.setId("dashPages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(pages);
        presenter.weekProperty().addListener((obs, was, now) -> {
            if (now != null) {
                show(now.store(), now.chain());
            }
        });
        presenter.load();
    }

    private void show(FeedbackDashboard.StoreView store, FeedbackDashboard.ChainView chain) {
        DayCounts c = store.week().counts();
        FeedbackFigures.StorePeriod p = store.week();
        tooFew.setText(messages.get("feedback.dash.tooFew", c.responses()));
        tooFew.setVisible(!c.enoughToJudge());
        tiles.getChildren().setAll(
                tile("csat", messages.get("feedback.dash.csat"), FeedbackText.percent(c.csat()),
                        "n = " + c.responses()),
                tile("nps", messages.get("feedback.dash.nps"), FeedbackText.nps(c.nps()),
                        "n = " + c.recommendAnswers()),
                tile("responses", messages.get("feedback.dash.col.responses"), Integer.toString(c.responses()),
                        messages.get("feedback.dash.rateOf", FeedbackText.percent(c.responseRate()), c.sales())),
                tile("multi", messages.get("feedback.dash.multiItemShare"), FeedbackText.percent(c.multiItemShare()),
                        "n = " + c.sales()),
                tile("items", messages.get("feedback.dash.itemsPerBasket"),
                        FeedbackText.decimal(c.itemsPerBasket(), messages.locale()),
                        "n = " + c.sales()),
                tile("upsell", messages.get("feedback.dash.upsell"), FeedbackText.percent(c.upsellAcceptance()),
                        "n = " + c.suggestionsShown()),
                tile("wait", messages.get("feedback.dash.wait"), FeedbackText.seconds(p.waits().medianSeconds())
                        + " / " + FeedbackText.seconds(p.waits().p90Seconds()), "n = " + p.waits().n()),
                tile("late", messages.get("feedback.dash.latePickups"), FeedbackText.percent(p.pickups().lateShare()),
                        "n = " + p.pickups().orders()));

        XYChart.Series<String, Number> csatSeries = new XYChart.Series<>();
        csatSeries.setName(messages.get("feedback.dash.csat"));
        XYChart.Series<String, Number> npsSeries = new XYChart.Series<>();
        npsSeries.setName(messages.get("feedback.dash.nps"));
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        for (FeedbackFigures.Week w : store.trend()) {
            String label = shortDate.format(w.monday()) + "\nn=" + w.counts().responses();
            if (w.counts().enoughToJudge()) {
                csatSeries.getData().add(new XYChart.Data<>(label, w.counts().csat().getAsDouble()));
                w.counts().nps().ifPresent(n -> npsSeries.getData().add(new XYChart.Data<>(label, n)));
            } else {
                csatSeries.getData().add(new XYChart.Data<>(label, null));
            }
        }
        ((CategoryAxis) trend.getXAxis()).getCategories().setAll(store.trend().stream()
                .map(w -> shortDate.format(w.monday()) + "\nn=" + w.counts().responses()).toList());
        csatSeries.getData().removeIf(d -> d.getYValue() == null);
        trend.getData().setAll(List.of(csatSeries, npsSeries));

        commentsTable.getItems().setAll(store.comments());
        themeSummary.setText(store.themes().isEmpty() ? "" : messages.get("feedback.dash.themes",
                String.join(" \u00b7 ", store.themes().stream().map(t -> messages.get("feedback.theme."
                        + t.theme().name()) + " " + FeedbackText.percent(t.satisfiedShare()) + " (n = "
                        + t.comments() + ")").toList())));

        chainTable.getItems().setAll(chain.rows());
        // one colour per store while the legend stays readable (up to 10 stores), else one series
        Map<String, XYChart.Series<Number, Number>> series = new LinkedHashMap<>();
        boolean perStore = chain.scatter().stream().map(FeedbackDashboard.Point::storeCode).distinct().count() <= 10;
        for (FeedbackDashboard.Point pt : chain.scatter()) {
            series.computeIfAbsent(perStore ? pt.storeCode() : "", code -> {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(code);
                return s;
            }).getData().add(new XYChart.Data<>(pt.multiItemShare(), pt.csat()));
        }
        scatter.setLegendVisible(perStore);
        scatter.getData().setAll(series.values());
        scatter.setTitle(chain.correlation().map(r -> messages.get("feedback.dash.correlation",
                        String.format(messages.locale(), "%.2f", r.r()), r.n()))
                .orElse(messages.get("feedback.dash.noCorrelation", chain.scatter().size())));
    }

    private static VBox tile(String id, String caption, String value, String sample) {
        Label v = new Label(value);
        v.setId("fig-" + id);
        v.getStyleClass().add("figure-value");
        Label c = new Label(caption);
        c.getStyleClass().add("figure-caption");
        c.setWrapText(true);
        Label n = new Label(sample);
        n.setId("fig-" + id + "-n");
        n.getStyleClass().add("text-muted");
        VBox tile = new VBox(2, c, v, n);
        tile.getStyleClass().add("figure-tile");
        return tile;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The comment itself: a fixed width, its text wrapped onto as many lines as it needs (never cut to "..."). */
    private static TableColumn<FeedbackComments.Comment, String> comment(String title,
            Function<FeedbackComments.Comment, String> value) {
        TableColumn<FeedbackComments.Comment, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setPrefWidth(420);
        col.setCellFactory(c -> {
            TableCell<FeedbackComments.Comment, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            return cell;
        });
        return col;
    }

    private TableColumn<FeedbackDashboard.ChainRow, String> rowColumn(String title,
            Function<FeedbackDashboard.ChainRow, String> value) {
        // two short lines (the texts break where they say), as wide as their widest line and value, never "Resp...";
        // the stylesheet narrows the header's padding (#chainTable)
        TableColumn<FeedbackDashboard.ChainRow, String> col = FittedColumn.of(chainTable, title, value);
        col.setSortable(false);
        return col;
    }
}
