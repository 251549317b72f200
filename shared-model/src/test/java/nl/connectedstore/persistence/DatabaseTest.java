package nl.connectedstore.persistence;

import nl.connectedstore.demo.DemoChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.connectedstore.catalog.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static long count(Database db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void demoChainHasWhatTheProductPromises() {
        Database db = DemoDatabase.get();
        assertThat(count(db, "select count(*) from store where kind = 'STORE'")).isEqualTo(3);
        assertThat(count(db, "select count(*) from store where kind = 'WAREHOUSE'")).isEqualTo(1);
        assertThat(count(db, "select count(distinct country_code) from store where kind = 'STORE'")).isEqualTo(3);
        assertThat(count(db, "select count(*) from product")).isGreaterThanOrEqualTo(2_000);
        assertThat(count(db, "select count(*) from category")).isGreaterThanOrEqualTo(12);
        assertThat(count(db, "select count(*) from sale")).isGreaterThanOrEqualTo(20_000);
        assertThat(count(db, "select count(*) from customer")).isGreaterThanOrEqualTo(50);
        assertThat(count(db, "select count(*) from loyalty_card")).isGreaterThanOrEqualTo(50);
        assertThat(count(db, "select count(*) from product where minimum_age >= 18")).isPositive();
        assertThat(count(db, "select count(*) from product where sold_by_weight")).isPositive();
        assertThat(count(db, "select count(*) from stock_level where quantity = 0")).as("sold out somewhere").isPositive();
        assertThat(count(db, "select count(distinct store_id) from staff_member")).isEqualTo(3);
        // Some products are carried by only some stores.
        assertThat(count(db, "select count(*) from product p where (select count(*) from stock_level s"
                + " join store st on st.id = s.store_id where s.product_id = p.id and st.kind = 'STORE') between 1 and 2"))
                .isPositive();
        // Totals equal the sum of their lines, in every sale.
        assertThat(count(db, "select count(*) from sale s where s.total <> (select sum(l.line_total) from sale_line l"
                + " where l.sale_id = s.id)")).isZero();
    }

    @Test
    void everyDemoProductHasAValidUniqueEan13() {
        Database db = DemoDatabase.get();
        List<String> gtins = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select gtin from product")) {
            while (rs.next()) {
                gtins.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(gtins).allSatisfy(g -> {
            assertThat(g).hasSize(13);
            assertThat(Gtin.isValid(g)).as(g).isTrue();
        });
        assertThat(gtins).doesNotHaveDuplicates();
    }

    @Test
    void itemsThatGoTogetherAreBoughtTogetherMoreThanChance(@TempDir Path unused) {
        Database db = DemoDatabase.get();
        // Lift of "pasta sauce" given "spaghetti" against a random pair of similar popularity.
        double lift = lift(db, "Spaghetti", "Tomato pasta sauce");
        double unrelated = lift(db, "Spaghetti", "Cat litter");
        assertThat(lift).isGreaterThan(3.0);
        assertThat(unrelated).isLessThan(1.5);
    }

    private static double lift(Database db, String a, String b) {
        String basketsWith = "select distinct l.sale_id from sale_line l join product p on p.id = l.product_id"
                + " where p.name like '%%%s%%'";
        double total = count(db, "select count(*) from sale");
        double withA = count(db, "select count(*) from (" + basketsWith.formatted(a) + ") x");
        double withB = count(db, "select count(*) from (" + basketsWith.formatted(b) + ") x");
        double both = count(db, "select count(*) from (" + basketsWith.formatted(a) + ") x where x.sale_id in ("
                + basketsWith.formatted(b) + ")");
        return (both / total) / ((withA / total) * (withB / total));
    }

    @Test
    void reopeningKeepsDataAndNeverFillsTwice(@TempDir Path home) {
        DemoChain.Size small = new DemoChain.Size(200, 300, 10);
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small)) {
            assertThat(count(db, "select count(*) from sale")).isBetween(250L, 300L);
        }
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small)) {
            assertThat(count(db, "select count(*) from store")).isEqualTo(4);
            assertThat(count(db, "select count(*) from product")).isEqualTo(200);
        }
    }

    @Test
    void anInterruptedDemoFillIsRedoneWholeOnTheNextStart(@TempDir Path home) throws SQLException {
        DemoChain.Size small = new DemoChain.Size(150, 200, 10);
        long sales;
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small)) {
            sales = count(db, "select count(*) from sale");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                // As if the app died half-way: marker still "filling", part of the sales gone.
                s.executeUpdate("update app_setting set setting_value = 'filling' where setting_name = 'demo.state'");
                // (the demo's feedback is filled after every sale: a fill that died among the sales has none)
                s.executeUpdate("delete from feedback_response where sale_id in (select id from sale)");
                s.executeUpdate("delete from payment where sale_id in (select id from sale where receipt_number > 20)");
                s.executeUpdate("delete from sale_line where sale_id in (select id from sale where receipt_number > 20)");
                s.executeUpdate("delete from sale where receipt_number > 20");
            }
        }
        try (Database db = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small)) {
            assertThat(count(db, "select count(*) from sale")).isEqualTo(sales);
            assertThat(count(db, "select count(*) from store")).isEqualTo(4);
            assertThat(count(db, "select count(*) from product")).isEqualTo(150);
        }
    }

    @Test
    void anUnreachableDatabaseSaysWhichUrlWasTried() {
        DatabaseConfig config = DatabaseConfig.resolve(
                Map.of("db-url", "jdbc:postgresql://127.0.0.1:1/nothing", "db-user", "x", "db-password", "y"),
                Map.of());
        assertThatThrownBy(() -> Database.open(config, ProgressListener.NONE))
                .isInstanceOf(DatabaseUnavailableException.class)
                .satisfies(e -> assertThat(((DatabaseUnavailableException) e).url())
                        .isEqualTo("jdbc:postgresql://127.0.0.1:1/nothing"));
    }

    @Test
    void aBadUrlIsRefusedBeforeAnythingIsOpened() {
        assertThatThrownBy(() -> DatabaseConfig.resolve(Map.of("db-url", "mysql://x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:");
    }

    @Test
    void twoAppsInOneProcessShareOneEmbeddedDatabase(@TempDir Path home) {
        DemoChain.Size small = new DemoChain.Size(100, 0, 0);
        try (Database first = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small);
             Database second = Database.open(DatabaseConfig.embeddedIn(home), ProgressListener.NONE, small)) {
            assertThat(first.displayUrl()).isEqualTo(second.displayUrl());
            assertThat(count(second, "select count(*) from product")).isEqualTo(100);
            try (Connection c = first.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("update stock_level set quantity = 4242 where id = (select min(id) from stock_level)");
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            assertThat(count(second, "select quantity from stock_level where id = (select min(id) from stock_level)"))
                    .isEqualTo(4242);
        }
    }
}
