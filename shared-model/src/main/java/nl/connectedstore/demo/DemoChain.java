package nl.connectedstore.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import nl.connectedstore.catalog.Gtin;
import nl.connectedstore.catalog.SearchText;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.persistence.DatabaseUnavailableException;
import nl.connectedstore.persistence.InitialData;
import nl.connectedstore.persistence.ProgressListener;
import nl.connectedstore.store.PinHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deterministic demo store chain (fixed seed): three stores (Amsterdam, Gent, Copenhagen), one warehouse,
 * a catalogue with valid EAN-13 codes, stock that differs per store, staff with PINs, loyalty customers and
 * a year of sales baskets in which things that go together (pasta and sauce, crisps and beer) really are
 * bought together. Written with plain JDBC batches in one transaction: all of it or nothing, and only into
 * a database without stores.
 */
public final class DemoChain {

    private static final Logger log = LoggerFactory.getLogger(DemoChain.class);
    public static final long SEED = 20_261_123L;

    /** How big a chain to make. */
    public record Size(int products, int baskets, int customers) implements InitialData {
        public static final Size DEMO = new Size(2_000, 20_000, 80);

        public Size {
            if (products < 100 || baskets < 0 || customers < 0) {
                throw new IllegalArgumentException("A demo chain needs at least 100 products");
            }
        }

        @Override
        public boolean fillIfEmpty(DataSource dataSource, ProgressListener progress) {
            return DemoChain.fillIfEmpty(dataSource, this, progress);
        }
    }

    /** The demo staff, documented in README: store code, name, role, PIN, the language they read the counter in. */
    public static final List<String[]> STAFF = List.of(
            new String[] {"AMS", "Sanne de Vries", "MANAGER", "1234", "nl"},
            new String[] {"AMS", "Daan Bakker", "CLERK", "2345", "nl"},
            new String[] {"GNT", "Lotte Peeters", "MANAGER", "1234", "nl"},
            new String[] {"GNT", "Wout Claes", "CLERK", "2345", "nl"},
            new String[] {"CPH", "Mette Hansen", "MANAGER", "1234", "da"},
            new String[] {"CPH", "Frederik Jensen", "CLERK", "2345", "da"});

    private record StoreDef(String code, String name, String city, String kind, String country, String currency,
                            String gs1Prefix) {
    }

    private static final List<StoreDef> STORES = List.of(
            new StoreDef("AMS", "Connected Store Amsterdam", "Amsterdam", "STORE", "NL", "EUR", "871"),
            new StoreDef("GNT", "Connected Store Gent", "Gent", "STORE", "BE", "EUR", "541"),
            new StoreDef("CPH", "Connected Store København", "København", "STORE", "DK", "DKK", "571"),
            new StoreDef("WH", "Central warehouse", "Tilburg", "WAREHOUSE", "NL", "EUR", "872"));

    /** Category code, name, VAT class, minimum age, sold by weight, brands, then nouns as "name|size,size|min€-max€". */
    private static final Object[][] CATEGORIES = {
        {"fresh", "Fruit & vegetables", "REDUCED", 0, true, new String[] {"Loose", "Groenland", "Bio Boer"},
            new String[] {"Bananas||1.49-2.49", "Apples Elstar||1.99-3.49", "Tomatoes||2.49-4.49",
                "Cucumber||0.79-1.29", "Avocado||0.99-1.99", "Lettuce||0.89-1.49", "Grapes||2.99-4.99",
                "Basil||1.29-1.99", "Carrots||0.99-1.79", "Onions||0.99-1.69", "Potatoes||1.29-2.49",
                "Lemons||1.99-2.99", "Strawberries||2.99-4.99", "Mushrooms||1.79-2.99", "Peppers||2.49-3.99"}},
        {"bakery", "Bakery", "REDUCED", 0, false, new String[] {"Bakkerij Vos", "Brødhuset", "La Fournée", "Home Bake"},
            new String[] {"Sourdough bread|800 g|2.49-4.49", "Whole wheat bread|800 g,400 g|1.79-3.29",
                "Croissants|4 pcs,6 pcs|1.99-3.99", "Burger buns|6 pcs|1.49-2.49", "Baguette|250 g|0.99-1.79",
                "Rye bread|500 g|1.99-3.29", "Tortillas|8 pcs|1.49-2.49", "Crackers|200 g|1.29-2.29",
                "Cinnamon rolls|4 pcs|2.29-3.49", "Pita bread|6 pcs|1.19-1.99"}},
        {"dairy", "Dairy & cheese", "REDUCED", 0, false, new String[] {"Zuivelhoeve", "Nordmejeri", "Belle Ferme", "Alpenrose"},
            new String[] {"Whole milk|1 L,2 L|0.99-2.19", "Semi-skimmed milk|1 L|0.89-1.29",
                "Greek yoghurt|500 g,1 kg|1.49-3.49", "Butter|250 g|1.99-3.49", "Gouda cheese|400 g,800 g|3.49-8.99",
                "Parmesan cheese|150 g|2.99-4.99", "Brie|200 g|2.29-3.99", "Feta|200 g|1.79-2.99",
                "Cheddar|250 g|2.49-3.99", "Crème fraîche|200 ml|1.19-1.99", "Eggs|6 pcs,10 pcs|1.99-3.99",
                "Skyr|450 g|1.69-2.69"}},
        {"meat", "Meat & fish", "REDUCED", 0, false, new String[] {"Slagerij Kok", "Nordfisk", "Ferme Belge"},
            new String[] {"Minced beef|500 g|3.99-6.49", "Chicken breast|400 g|4.49-6.99", "Sausages|6 pcs|3.49-5.49",
                "Salmon fillet|250 g|4.99-7.99", "Bacon|150 g|1.99-3.49", "Beef burgers|4 pcs|3.99-5.99",
                "Smoked ham|150 g|1.99-3.29", "Shrimps|200 g|3.99-6.49"}},
        {"pantry", "Pantry", "REDUCED", 0, false, new String[] {"Casa Nonna", "Pantry Pride", "Bio Basics", "Nordkøkken"},
            new String[] {"Spaghetti|500 g|0.99-2.49", "Penne|500 g|0.99-2.49", "Tomato pasta sauce|500 g|1.49-3.49",
                "Olive oil|500 ml,1 L|3.99-9.99", "Basmati rice|1 kg|1.99-3.99", "Salsa|300 g|1.79-2.99",
                "Strawberry jam|370 g|1.69-3.29", "Honey|250 g|2.49-4.99", "Peanut butter|350 g|1.99-3.49",
                "Muesli|750 g|2.49-4.49", "Ketchup|500 ml|1.49-2.79", "Mayonnaise|500 ml|1.69-2.99",
                "Canned tomatoes|400 g|0.69-1.49", "Taco seasoning|30 g|0.79-1.49"}},
        {"drinks", "Drinks", "REDUCED", 0, false, new String[] {"Fresco", "Nordkilde", "Cola Club", "Sunny Grove"},
            new String[] {"Orange juice|1 L|1.49-3.49", "Cola|1.5 L,6x330 ml|1.29-4.99", "Sparkling water|1.5 L|0.49-1.29",
                "Apple juice|1 L|1.29-2.79", "Ground coffee|250 g,500 g|3.49-8.99", "Coffee beans|500 g,1 kg|5.99-14.99",
                "Black tea|20 bags|1.49-3.49", "Green tea|20 bags|1.79-3.49", "Lemonade syrup|750 ml|1.99-3.29",
                "Oat drink|1 L|1.69-2.79"}},
        {"beer-wine", "Beer & wine", "STANDARD", 18, false, new String[] {"Brouwerij 't Haantje", "Carlsbryg", "Château Lune", "Bodega Sol"},
            new String[] {"Pilsner|6x330 ml,24x330 ml|4.99-19.99", "IPA|330 ml,4x330 ml|1.79-7.99",
                "Red wine|750 ml|4.99-14.99", "White wine|750 ml|4.99-13.99", "Rosé|750 ml|4.99-11.99",
                "Cava|750 ml|5.99-12.99", "Tripel|330 ml|1.99-3.49", "Cider|4x330 ml|4.49-6.99"}},
        {"spirits", "Spirits", "STANDARD", 18, false, new String[] {"Nordic Still", "Old Harbour", "Jenever Huis"},
            new String[] {"Gin|700 ml|19.99-39.99", "Vodka|700 ml|14.99-29.99", "Whisky|700 ml|24.99-59.99",
                "Jenever|1 L|14.99-24.99", "Aquavit|700 ml|19.99-34.99", "Rum|700 ml|16.99-34.99"}},
        {"snacks", "Snacks & sweets", "REDUCED", 0, false, new String[] {"Crunchy Co", "Chokolade Hus", "Snackhoek", "Dolce Vita"},
            new String[] {"Crisps paprika|200 g|1.29-2.49", "Crisps salted|200 g|1.29-2.49", "Tortilla chips|200 g|1.49-2.49",
                "Guacamole dip|200 g|1.99-2.99", "Milk chocolate|200 g|1.49-3.49", "Dark chocolate|100 g|1.49-3.29",
                "Biscuits|300 g|1.29-2.79", "Salted peanuts|300 g|1.79-2.99", "Liquorice|250 g|1.49-2.69",
                "Popcorn|100 g|0.99-1.99", "Stroopwafels|8 pcs|1.79-2.99"}},
        {"frozen", "Frozen", "REDUCED", 0, false, new String[] {"Ijskoud", "Frost & Co", "Pizzeria Bella"},
            new String[] {"Frozen pizza margherita|350 g|2.49-4.99", "Frozen pizza salami|380 g|2.79-5.29",
                "Vanilla ice cream|1 L|2.49-5.49", "Frozen peas|750 g|1.29-2.29", "Fish sticks|10 pcs|2.49-3.99",
                "French fries|1 kg|1.99-3.49", "Frozen berries|300 g|2.49-3.99"}},
        {"household", "Household", "STANDARD", 0, false, new String[] {"Clean Home", "Rensk", "EcoBright"},
            new String[] {"Dish soap|500 ml|1.29-2.99", "Sponges|5 pcs|0.99-2.29", "Kitchen towels|4 rolls|2.49-3.99",
                "Toilet paper|8 rolls,16 rolls|3.49-8.99", "Laundry detergent|1.5 L|5.99-11.99", "Trash bags|20 pcs|1.99-3.49",
                "Charcoal|3 kg|4.99-7.99", "Batteries AA|4 pcs,8 pcs|3.99-9.99", "Candles|10 pcs|2.99-5.99"}},
        {"personal-care", "Personal care", "STANDARD", 0, false, new String[] {"Pure Skin", "Nordic Care", "Belle Vie"},
            new String[] {"Shampoo|250 ml|2.49-5.99", "Conditioner|200 ml|2.49-5.99", "Toothpaste|75 ml|1.49-3.49",
                "Toothbrush|1 pcs,2 pcs|1.99-4.99", "Shower gel|250 ml|1.79-3.99", "Deodorant|150 ml|2.29-4.49",
                "Razor|1 pcs|5.99-14.99", "Shaving gel|200 ml|2.99-4.99", "Hand cream|75 ml|2.49-5.49", "Sunscreen SPF30|200 ml|7.99-14.99"}},
        {"baby", "Baby", "REDUCED", 0, false, new String[] {"Little Ones", "Babyhygge", "Petit Coeur"},
            new String[] {"Diapers size 3|44 pcs|9.99-15.99", "Diapers size 4|40 pcs|9.99-15.99", "Baby wipes|64 pcs|1.49-2.99",
                "Baby food jar|190 g|0.99-1.79", "Infant formula|800 g|11.99-17.99", "Baby shampoo|200 ml|2.99-4.99"}},
        {"pet", "Pet", "STANDARD", 0, false, new String[] {"Happy Paws", "Kattekilde", "Dierenvriend"},
            new String[] {"Dog food dry|3 kg|8.99-19.99", "Dog treats|200 g|1.99-3.99", "Cat food wet|12x85 g|4.99-8.99",
                "Cat litter|10 L|3.99-7.99", "Poop bags|60 pcs|1.99-3.49", "Cat treats|60 g|1.49-2.99"}},
        {"home", "Home & kitchen", "STANDARD", 0, false, new String[] {"Köket", "Maison Claire", "Huisraad"},
            new String[] {"Mug|350 ml|3.99-9.99", "Tea towel|2 pcs|3.99-7.99", "Chef's knife|20 cm|14.99-49.99",
                "Cutting board|1 pcs|7.99-19.99", "Food containers|3 pcs|5.99-12.99", "Wine glasses|2 pcs|7.99-19.99",
                "Corkscrew|1 pcs|4.99-14.99", "Coffee filter papers|100 pcs|1.49-2.49"}},
        {"electronics", "Phone & electronics", "STANDARD", 0, false, new String[] {"Voltic", "Lynkabel", "Powerly"},
            new String[] {"USB-C cable|1 m,2 m|6.99-19.99", "Phone charger|20 W|12.99-29.99", "Power bank|10000 mAh|19.99-39.99",
                "Earbuds|1 pcs|14.99-59.99", "Phone case|1 pcs|9.99-24.99", "Screen protector|2 pcs|7.99-14.99"}},
    };

    /** Things bought together: nouns (without brand or size) that share a basket far more often than chance. */
    private static final String[][] THEMES = {
        {"Spaghetti", "Tomato pasta sauce", "Parmesan cheese", "Red wine", "Basil"},
        {"Penne", "Tomato pasta sauce", "Canned tomatoes", "Olive oil", "Basil"},
        {"Sourdough bread", "Butter", "Strawberry jam", "Eggs", "Orange juice", "Ground coffee"},
        {"Whole wheat bread", "Peanut butter", "Semi-skimmed milk", "Honey"},
        {"Croissants", "Ground coffee", "Butter", "Orange juice"},
        {"Sausages", "Burger buns", "Ketchup", "Pilsner", "Charcoal"},
        {"Beef burgers", "Burger buns", "Cheddar", "Ketchup", "Lettuce", "Tomatoes"},
        {"Diapers size 3", "Baby wipes", "Baby food jar"},
        {"Diapers size 4", "Baby wipes", "Infant formula", "Baby shampoo"},
        {"Crisps paprika", "Guacamole dip", "Cola", "Pilsner"},
        {"Tortilla chips", "Salsa", "Guacamole dip", "IPA"},
        {"Black tea", "Biscuits", "Whole milk", "Honey"},
        {"Green tea", "Honey", "Lemons"},
        {"Dish soap", "Sponges", "Kitchen towels"},
        {"Toilet paper", "Kitchen towels", "Trash bags"},
        {"Dog food dry", "Dog treats", "Poop bags"},
        {"Cat food wet", "Cat litter", "Cat treats"},
        {"Red wine", "Brie", "Crackers", "Grapes"},
        {"White wine", "Salmon fillet", "Lemons", "Potatoes"},
        {"Tortillas", "Salsa", "Minced beef", "Cheddar", "Avocado", "Taco seasoning"},
        {"Razor", "Shaving gel"},
        {"Shampoo", "Conditioner", "Shower gel"},
        {"Toothpaste", "Toothbrush"},
        {"Frozen pizza margherita", "Vanilla ice cream", "Cola"},
        {"Frozen pizza salami", "Cola", "Crisps salted"},
        {"Lettuce", "Tomatoes", "Cucumber", "Olive oil", "Feta"},
        {"Phone charger", "USB-C cable", "Screen protector"},
        {"Power bank", "USB-C cable"},
        {"Gin", "Sparkling water", "Lemons"},
        {"Chicken breast", "Basmati rice", "Peppers", "Onions"},
        {"Greek yoghurt", "Muesli", "Frozen berries", "Honey"},
        {"Skyr", "Muesli", "Strawberries"},
        {"Wine glasses", "Corkscrew", "Red wine"},
        {"Fish sticks", "French fries", "Frozen peas", "Mayonnaise"},
        {"Aquavit", "Rye bread", "Smoked ham", "Pilsner"},
        {"Jenever", "Gouda cheese", "Crackers"},
        {"Stroopwafels", "Ground coffee"},
        {"Sunscreen SPF30", "Sparkling water", "Popcorn"},
    };

    private static final String[][] FIRST_NAMES = {
        {"Emma", "Lucas", "Julia", "Daan", "Sophie", "Levi", "Tess", "Sem", "Anna", "Finn", "Noor", "Bram"},
        {"Louise", "Arthur", "Elise", "Jules", "Marie", "Lars", "Fien", "Wout", "Hanne", "Kobe", "Lotte", "Seppe"},
        {"Rasmus", "Freja", "Mads", "Ida", "Magnus", "Sofie", "Emil", "Clara", "Oscar", "Karla", "Mikkel", "Astrid"}};
    private static final String[][] LAST_NAMES = {
        {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"},
        {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"},
        {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"}};

    /** {@code names}: the name in Dutch and Danish ({@link DemoTranslations}), by language code. */
    private record GenProduct(long id, String gtin, String name, String brand, int category, String noun,
                              BigDecimal priceEur, String vatClass, int minimumAge, boolean byWeight, double popularity,
                              Map<String, String> names) {
    }

    private final Random random = new Random(SEED);
    private final Size size;
    private final ProgressListener progress;
    private final Instant now = Instant.now();
    private long nextId = 1;

    private final Map<String, Long> storeIds = new LinkedHashMap<>();
    private final Map<String, List<Long>> terminalIds = new HashMap<>();
    private final List<Long> categoryIds = new ArrayList<>();
    private final List<GenProduct> products = new ArrayList<>();
    private final Map<String, List<GenProduct>> productsByNoun = new HashMap<>();
    private final Map<String, Set<Long>> carried = new HashMap<>();

    private DemoChain(Size size, ProgressListener progress) {
        this.size = size;
        this.progress = progress;
    }

    /**
     * Fills the chain if the database has no store yet; returns whether it did. Commits in chunks (one huge
     * transaction bloats H2's file and slows it for minutes afterwards) and marks the fill as in progress
     * first, so a fill that was interrupted is wiped and redone on the next start instead of left half-done.
     */
    public static boolean fillIfEmpty(DataSource dataSource, Size size, ProgressListener progress) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                execute(c, "select pg_advisory_lock(20261123)");
            }
            try {
                c.setAutoCommit(false);
                String state = setting(c, "demo.state");
                if (count(c, "select count(*) from store") > 0 && !"filling".equals(state)) {
                    c.rollback();
                    return false;
                }
                if ("filling".equals(state)) {
                    log.warn("A previous demo fill was interrupted; removing its rows and starting again");
                    wipe(c);
                }
                setSetting(c, "demo.state", "filling");
                c.commit();
                long started = System.nanoTime();
                new DemoChain(size, progress).fill(c);
                setSetting(c, "demo.state", "complete");
                c.commit();
                log.info("Demo chain filled ({} products, {} baskets) in {} ms", size.products(), size.baskets(),
                        (System.nanoTime() - started) / 1_000_000);
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                if (postgres) {
                    execute(c, "select pg_advisory_unlock(20261123)");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("", "Filling the demo chain failed: " + e.getMessage(), e);
        }
    }

    /**
     * Commits every {@code every} rows: small enough to keep the undo log short, big enough that H2 does not
     * rewrite its B-tree pages for every batch (many small commits bloated the 100,000-product file to 880 MB).
     */
    private static void commitEvery(Connection c, int done, int every) throws SQLException {
        if (done % every == 0) {
            c.commit();
        }
    }

    private static void wipe(Connection c) throws SQLException {
        // the demo's feedback (DemoFeedback) first: it points at sales, staff, requests and products
        for (String table : List.of("feedback_author", "feedback_response", "store_day_figures", "assistance_answer",
                "suggestion_outcome")) {
            execute(c, "delete from " + table);
        }
        for (String table : List.of("pin_failure", "pin_entry_state", "profile_access", "consent_fact", "assistance_request",
                "receipt_counter", "payment", "sale_line", "sale", "loyalty_card", "customer", "stock_level",
                "product_search_term", "product_text_term", "product_text", "product_price", "product", "category", "staff_member", "terminal",
                "vat_rate", "store_text", "store")) {
            execute(c, "delete from " + table);
        }
        c.commit();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select setting_value from app_setting where setting_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update app_setting set setting_value = ? where setting_name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "insert into app_setting (setting_name, setting_value) values (?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void fill(Connection c) throws SQLException {
        progress.progress(0.02, "startup.demo.stores");
        insertStores(c);
        insertStaff(c);
        c.commit();
        progress.progress(0.10, "startup.demo.products");
        insertCatalogue(c);
        progress.progress(0.30, "startup.demo.stock");
        insertStock(c);
        progress.progress(0.40, "startup.demo.customers");
        List<long[]> customers = insertCustomers(c);
        insertConsents(c, customers);
        c.commit();
        insertBaskets(c, customers);
        if (size.baskets() >= Size.DEMO.baskets()) {
            // the full demo's story (docs/decisions/0008); smaller chains, as tests make them, hold only their sales
            DemoFeedback.fill(c, random, now, () -> nextId++);
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter sequence entity_seq restart with " + (nextId + 100));
        }
        progress.progress(1.0, "startup.demo.done");
    }

    private void insertStores(Connection c) throws SQLException {
        try (PreparedStatement store = c.prepareStatement(
                "insert into store (id, code, name, city, kind, country_code, currency_code) values (?,?,?,?,?,?,?)");
             PreparedStatement terminal = c.prepareStatement(
                "insert into terminal (id, store_id, code, name, kind) values (?,?,?,?,?)");
             PreparedStatement vat = c.prepareStatement(
                "insert into vat_rate (id, country_code, vat_class, rate) values (?,?,?,?)")) {
            for (StoreDef def : STORES) {
                long id = nextId++;
                storeIds.put(def.code(), id);
                store.setLong(1, id);
                store.setString(2, def.code());
                store.setString(3, def.name());
                store.setString(4, def.city());
                store.setString(5, def.kind());
                store.setString(6, def.country());
                store.setString(7, def.currency());
                store.addBatch();
            }
            store.executeBatch();
            try (PreparedStatement text = c.prepareStatement(
                    "insert into store_text (store_id, language, name) values (?,?,?)")) {
                for (StoreDef def : STORES) {
                    String[] names = DemoTranslations.LOCATIONS.get(def.name());
                    for (int l = 0; names != null && l < names.length; l++) {
                        text.setLong(1, storeIds.get(def.code()));
                        text.setString(2, DemoTranslations.LANGUAGES.get(l));
                        text.setString(3, names[l]);
                        text.addBatch();
                    }
                }
                text.executeBatch();
            }
            for (StoreDef def : STORES) {
                if (!def.kind().equals("STORE")) {
                    continue;
                }
                List<Long> ids = new ArrayList<>();
                for (String kind : List.of("KIOSK", "CHECKOUT", "COUNTER")) {
                    long id = nextId++;
                    ids.add(id);
                    terminal.setLong(1, id);
                    terminal.setLong(2, storeIds.get(def.code()));
                    terminal.setString(3, def.code() + "-" + kind + "-1");
                    terminal.setString(4, def.city() + " " + kind.toLowerCase() + " 1");
                    terminal.setString(5, kind);
                    terminal.addBatch();
                }
                terminalIds.put(def.code(), ids);
            }
            terminal.executeBatch();
            Object[][] rates = {{"NL", "STANDARD", "21.00"}, {"NL", "REDUCED", "9.00"}, {"BE", "STANDARD", "21.00"},
                {"BE", "REDUCED", "6.00"}, {"DK", "STANDARD", "25.00"}, {"DK", "REDUCED", "25.00"}};
            for (Object[] rate : rates) {
                vat.setLong(1, nextId++);
                vat.setString(2, (String) rate[0]);
                vat.setString(3, (String) rate[1]);
                vat.setBigDecimal(4, new BigDecimal((String) rate[2]));
                vat.addBatch();
            }
            vat.executeBatch();
        }
    }

    private void insertStaff(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into staff_member (id, store_id, name, role, pin_hash, language) values (?,?,?,?,?,?)")) {
            for (String[] staff : STAFF) {
                ps.setLong(1, nextId++);
                ps.setLong(2, storeIds.get(staff[0]));
                ps.setString(3, staff[1]);
                ps.setString(4, staff[2]);
                byte[] salt = new byte[PinHasher.SALT_BYTES];
                random.nextBytes(salt);
                ps.setString(5, pinHash(staff[3], salt));
                ps.setString(6, staff[4]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The demo staff's PIN hashes as this seeded fill makes them. Deriving them costs 120,000 PBKDF2 rounds
     * each: a second and a half of CPU per fill in a JVM without C2 (the tills of the crash and start-up
     * tests), two thirds of such a small fill. The demo PINs are public (README), so their hashes are no
     * secret; {@code DemoPinHashesTest} recomputes them. A PIN or salt not listed here is hashed as usual.
     */
    private static final Map<String, String> SEEDED_PIN_HASHES = Map.of(
            "1234$gp1wld4Hr5xqrChcHe6D+g", "pbkdf2-sha256$120000$gp1wld4Hr5xqrChcHe6D+g$ejeqvLIr+egCh9Y1N+FjshDu9FQqnMlxSy3pq+ihdOo",
            "2345$I0+rLfEKLm7dr+E9abTEYg", "pbkdf2-sha256$120000$I0+rLfEKLm7dr+E9abTEYg$lOiMcUHzJQ8w0P82YQQ/cUbAN6lpAtRgxYKZB/rfauk",
            "1234$baCwx3q7DTvDt0g2LMvdXQ", "pbkdf2-sha256$120000$baCwx3q7DTvDt0g2LMvdXQ$+cTdlVw5dLgzTSMZCLlcEiSZdX+I5D5gTAgg+nzF/Kk",
            "2345$yu806j1kc6QCMnAdxRkYPg", "pbkdf2-sha256$120000$yu806j1kc6QCMnAdxRkYPg$XywG9oBBKpSzmgI3xrznP+3vW90hyBFiq2RBZFmaSoY",
            "1234$TN6Fjt4nfcbKVtn3aqvTTQ", "pbkdf2-sha256$120000$TN6Fjt4nfcbKVtn3aqvTTQ$h0q3AY9Crg/TjcDhwJ+uYJ1yHU2iyq9VgL0GenhcH/4",
            "2345$vcwAL2A6hXvEPXB9S27ZZw", "pbkdf2-sha256$120000$vcwAL2A6hXvEPXB9S27ZZw$8dkeFZtyIxZ7He7NgZSE0+iHmvmOPOZJi+j8AjrF9gM");

    static String pinHash(String pin, byte[] salt) {
        String known = SEEDED_PIN_HASHES.get(pin + "$" + Base64.getEncoder().withoutPadding().encodeToString(salt));
        return known != null ? known : PinHasher.hash(pin.toCharArray(), salt);
    }

    /** The PIN hashes {@link #pinHash} knows without deriving them, by PIN and salt. */
    static Map<String, String> seededPinHashes() {
        return SEEDED_PIN_HASHES;
    }

    private void insertCatalogue(Connection c) throws SQLException {
        try (PreparedStatement category = c.prepareStatement("insert into category (id, code, name) values (?,?,?)")) {
            for (Object[] def : CATEGORIES) {
                long id = nextId++;
                categoryIds.add(id);
                category.setLong(1, id);
                category.setString(2, (String) def[0]);
                category.setString(3, (String) def[1]);
                category.addBatch();
            }
            category.executeBatch();
        }
        generateProducts();
        try (PreparedStatement product = c.prepareStatement(
                "insert into product (id, gtin, name, brand, category_id, description, vat_class, minimum_age,"
                        + " sold_by_weight, sort_name) values (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement price = c.prepareStatement(
                "insert into product_price (product_id, currency_code, amount) values (?,?,?)");
             PreparedStatement term = c.prepareStatement(
                "insert into product_search_term (term, product_id, sort_name) values (?,?,?)");
             PreparedStatement textTerm = c.prepareStatement(
                "insert into product_text_term (term, product_id, language, sort_name) values (?,?,?,?)");
             PreparedStatement text = c.prepareStatement(
                "insert into product_text (product_id, language, name, description, sort_name) values (?,?,?,?,?)")) {
            int n = 0;
            for (GenProduct p : products) {
                product.setLong(1, p.id());
                product.setString(2, p.gtin());
                product.setString(3, p.name());
                product.setString(4, p.brand());
                product.setLong(5, categoryIds.get(p.category()));
                product.setString(6, p.name() + " by " + p.brand() + ".");
                product.setString(7, p.vatClass());
                product.setInt(8, p.minimumAge());
                product.setBoolean(9, p.byWeight());
                product.setString(10, SearchText.normalise(p.name()));
                product.addBatch();
                price.setLong(1, p.id());
                price.setString(2, "EUR");
                price.setBigDecimal(3, p.priceEur());
                price.addBatch();
                price.setLong(1, p.id());
                price.setString(2, "DKK");
                price.setBigDecimal(3, toDkk(p.priceEur()));
                price.addBatch();
                Set<String> terms = searchTerms(p);
                for (String t : terms) {
                    term.setString(1, t);
                    term.setLong(2, p.id());
                    term.setString(3, SearchText.normalise(p.name()));
                    term.addBatch();
                }
                // the word table finds a product by its name in the customer's language too (the counter's look-up,
                // the kiosk's search until its index is built): the words the English name and brand do not have
                for (Map.Entry<String, String> name : p.names().entrySet()) {
                    for (String t : SearchText.terms(name.getValue())) {
                        if (!terms.contains(t)) {
                            textTerm.setString(1, t);
                            textTerm.setLong(2, p.id());
                            textTerm.setString(3, name.getKey());
                            textTerm.setString(4, SearchText.normalise(name.getValue()));
                            textTerm.addBatch();
                        }
                    }
                }
                for (Map.Entry<String, String> name : p.names().entrySet()) {
                    text.setLong(1, p.id());
                    text.setString(2, name.getKey());
                    text.setString(3, name.getValue());
                    text.setString(4, DemoTranslations.description(name.getKey(), name.getValue(), p.brand()));
                    text.setString(5, SearchText.normalise(name.getValue()));
                    text.addBatch();
                }
                if (++n % 500 == 0) {
                    product.executeBatch();
                    price.executeBatch();
                    term.executeBatch();
                    textTerm.executeBatch();
                    text.executeBatch();
                    commitEvery(c, n, 5_000);
                    progress.progress(0.10 + 0.20 * n / products.size(), "startup.demo.products");
                }
            }
            product.executeBatch();
            price.executeBatch();
            term.executeBatch();
            textTerm.executeBatch();
            text.executeBatch();
        }
        // The same rule as migration V3: weighed goods get the scale code printed on their labels.
        try (PreparedStatement scale = c.prepareStatement("update product set scale_code ="
                + " lpad(cast(id as varchar(20)), 5, '0') where sold_by_weight and id < 100000")) {
            scale.executeUpdate();
        }
    }

    static Set<String> searchTerms(String name, String brand) {
        Set<String> terms = new HashSet<>(SearchText.terms(name));
        terms.addAll(SearchText.terms(brand));
        return terms;
    }

    private static Set<String> searchTerms(GenProduct p) {
        return searchTerms(p.name(), p.brand());
    }

    private void generateProducts() {
        Set<String> names = new HashSet<>();
        int perCategory = (int) Math.ceil(size.products() / (double) CATEGORIES.length);
        int serial = 0;
        String[] variants = {"", "Organic ", "Classic ", "Light ", "Family pack ", "Extra ", "Premium ", "Mini ",
            "Fair trade ", "Original ", "Gold ", "Select "};
        for (int ci = 0; ci < CATEGORIES.length && products.size() < size.products(); ci++) {
            Object[] def = CATEGORIES[ci];
            String[] brands = (String[]) def[5];
            String[] nouns = (String[]) def[6];
            int made = 0;
            outer:
            for (String variant : variants) {
                for (String brand : brands) {
                    for (String nounDef : nouns) {
                        String[] parts = nounDef.split("\\|");
                        String noun = parts[0];
                        String[] sizes = parts[1].isEmpty() ? new String[] {""} : parts[1].split(",");
                        String[] priceRange = parts[2].split("-");
                        for (String packSize : sizes) {
                            boolean weighed = (Boolean) def[4] && brand.equals("Loose");
                            String name = (variant + noun + (packSize.isEmpty() ? "" : " " + packSize)).strip();
                            if (weighed) {
                                name = noun + " (per kg)";
                            }
                            if (!names.add(brand + "|" + name)) {
                                continue;
                            }
                            BigDecimal price = price(priceRange, variant);
                            String gtin = Gtin.withCheckDigit(STORES.get(serial % 3).gs1Prefix()
                                    + String.format("%09d", 100_000 + serial));
                            serial++;
                            Map<String, String> translated = new LinkedHashMap<>();
                            for (String language : DemoTranslations.LANGUAGES) {
                                translated.put(language, DemoTranslations.name(language, variant.strip(), noun,
                                        packSize, weighed));
                            }
                            GenProduct product = new GenProduct(nextId++, gtin, name, brand, ci, noun, price,
                                    (String) def[2], (Integer) def[3], weighed,
                                    Math.pow(random.nextDouble(), 2) + 0.05, translated);
                            products.add(product);
                            productsByNoun.computeIfAbsent(noun, k -> new ArrayList<>()).add(product);
                            if (++made >= perCategory || products.size() >= size.products()) {
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        // Big catalogues (benchmarks) go past what the word lists combine to: the same kinds of products
        // from many more (made-up) brands, so words and prefixes spread over names as in a real assortment.
        String[] starts = {"Vel", "Mor", "Kas", "Lin", "Dal", "Ber", "Gen", "Sol", "Vik", "Ros", "Hav", "Tor",
            "Lun", "Mar", "Ost", "Fjor", "Bel", "Van", "Ter", "Al", "Quin", "Zel", "Pra", "Ek"};
        String[] ends = {"a", "en", "o", "ia", "sen", "dal", "berg", "heim", "ville", "strom", "gaard", "hof",
            "ini", "et", "us", "ark"};
        int base = products.size();
        int extra = 0;
        while (products.size() < size.products()) {
            GenProduct model = products.get(random.nextInt(base));
            String brand = starts[random.nextInt(starts.length)] + ends[random.nextInt(ends.length)];
            if (!names.add(brand + "|" + model.name())) {
                continue;
            }
            String gtin = Gtin.withCheckDigit("879" + String.format("%09d", extra++));
            products.add(new GenProduct(nextId++, gtin, model.name(), brand, model.category(), model.noun(),
                    model.priceEur(), model.vatClass(), model.minimumAge(), model.byWeight(),
                    model.popularity() / 10, model.names()));
        }
    }

    private BigDecimal price(String[] range, String variant) {
        double low = Double.parseDouble(range[0]);
        double high = Double.parseDouble(range[1]);
        double factor = variant.startsWith("Premium") || variant.startsWith("Organic") || variant.startsWith("Gold") ? 1.25
                : variant.startsWith("Mini") ? 0.7 : variant.startsWith("Family") ? 1.6 : 1.0;
        double value = (low + random.nextDouble() * (high - low)) * factor;
        // Shelf prices end in 9: 2.49, 3.99.
        BigDecimal tenths = BigDecimal.valueOf(value).setScale(1, RoundingMode.DOWN);
        return tenths.add(new BigDecimal("0.09")).max(new BigDecimal("0.29"));
    }

    private static BigDecimal toDkk(BigDecimal eur) {
        // Danish shelf prices: whole kroner ending in 95 øre.
        BigDecimal kroner = eur.multiply(new BigDecimal("7.46")).setScale(0, RoundingMode.HALF_UP);
        return kroner.add(new BigDecimal("0.95"));
    }

    private void insertStock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into stock_level (id, store_id, product_id, quantity, version) values (?,?,?,?,0)")) {
            int n = 0;
            for (StoreDef store : STORES) {
                boolean warehouse = store.kind().equals("WAREHOUSE");
                Set<Long> here = new HashSet<>();
                carried.put(store.code(), here);
                for (GenProduct p : products) {
                    boolean carriedHere = random.nextDouble() < (warehouse ? 0.95 : 0.75);
                    if (!carriedHere) {
                        continue;
                    }
                    int quantity = random.nextDouble() < 0.06 ? 0
                            : warehouse ? 20 + random.nextInt(400) : 1 + random.nextInt(p.byWeight() ? 40 : 60);
                    here.add(p.id());
                    ps.setLong(1, nextId++);
                    ps.setLong(2, storeIds.get(store.code()));
                    ps.setLong(3, p.id());
                    ps.setInt(4, quantity);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                        commitEvery(c, n, 20_000);
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** Returns [customer id, home store index 0..2] per customer. */
    private List<long[]> insertCustomers(Connection c) throws SQLException {
        List<long[]> customers = new ArrayList<>();
        try (PreparedStatement customer = c.prepareStatement(
                "insert into customer (id, first_name, last_name, email, phone, preferred_language, created_at)"
                        + " values (?,?,?,?,?,?,?)");
             PreparedStatement card = c.prepareStatement(
                "insert into loyalty_card (id, card_number, customer_id, status, issued_at) values (?,?,?,?,?)")) {
            String[] languages = {"nl", "nl", "da"};
            String[] phonePrefix = {"+31 6 ", "+32 470 ", "+45 "};
            for (int i = 0; i < size.customers(); i++) {
                int home = i % 3;
                String first = FIRST_NAMES[home][random.nextInt(FIRST_NAMES[home].length)];
                String last = LAST_NAMES[home][random.nextInt(LAST_NAMES[home].length)];
                long id = nextId++;
                Instant created = now.minus(Duration.ofDays(400 + random.nextInt(800)));
                customer.setLong(1, id);
                customer.setString(2, first);
                customer.setString(3, last);
                customer.setString(4, SearchText.normalise(first + "." + last).replace(' ', '.') + i + "@example.org");
                customer.setString(5, phonePrefix[home] + (10_000_000 + random.nextInt(89_999_999)));
                customer.setString(6, languages[home]);
                customer.setTimestamp(7, Timestamp.from(created));
                customer.addBatch();
                card.setLong(1, nextId++);
                card.setString(2, cardNumber());
                card.setLong(3, id);
                card.setString(4, "ACTIVE");
                card.setTimestamp(5, Timestamp.from(created));
                card.addBatch();
                customers.add(new long[] {id, home});
            }
            customer.executeBatch();
            card.executeBatch();
        }
        return customers;
    }

    /**
     * Consents as customers would have given them at a kiosk, with the real texts and a drawn "signature":
     * every second customer lets staff greet them, every third allows personal advice. All still running, so
     * the counter has regulars to recognise.
     */
    private void insertConsents(Connection c, List<long[]> customers) throws SQLException {
        byte[] signature = demoSignature();
        Random dates = new Random(SEED + 5); // its own, so the baskets stay what they were
        String[] languages = {"nl", "nl", "da"};
        String[] stores = {"AMS", "GNT", "CPH"};
        try (PreparedStatement fact = c.prepareStatement(
                "insert into consent_fact (id, customer_id, purpose, kind, recorded_at, expires_at, channel,"
                        + " terminal_code, text_version, text_hash, language, signature_png)"
                        + " values (?,?,?,'GRANT',?,?,'KIOSK',?,?,?,?,?)")) {
            for (int i = 0; i < customers.size(); i++) {
                int home = (int) customers.get(i)[1];
                List<Purpose> purposes = new ArrayList<>();
                if (i % 2 == 0) {
                    purposes.add(Purpose.RECOGNITION);
                }
                if (i % 3 == 0) {
                    purposes.add(Purpose.PERSONAL_ADVICE);
                }
                Instant given = now.minus(Duration.ofDays(dates.nextInt(80)));
                int months = dates.nextBoolean() ? 6 : 12;
                for (Purpose purpose : purposes) {
                    ConsentText text = ConsentText.current(purpose, languages[home]);
                    fact.setLong(1, nextId++);
                    fact.setLong(2, customers.get(i)[0]);
                    fact.setString(3, purpose.name());
                    fact.setTimestamp(4, Timestamp.from(given));
                    fact.setTimestamp(5, Timestamp.from(given.atZone(ZoneOffset.UTC).plusMonths(months)
                            .toInstant()));
                    fact.setString(6, stores[home] + "-KIOSK-1");
                    fact.setString(7, text.version());
                    fact.setString(8, text.sha256());
                    fact.setString(9, text.language());
                    fact.setBytes(10, signature);
                    fact.addBatch();
                }
            }
            fact.executeBatch();
        }
    }

    /** A scribble, as PNG: what a finger on the kiosk's signature box leaves. */
    private static byte[] demoSignature() {
        BufferedImage image = new BufferedImage(200, 60,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.setColor(Color.BLACK);
        g.drawPolyline(new int[] {10, 40, 60, 90, 120, 150, 185}, new int[] {40, 15, 45, 20, 42, 18, 35}, 7);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cardNumber() {
        StringBuilder sb = new StringBuilder("9");
        for (int i = 0; i < 15; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private void insertBaskets(Connection c, List<long[]> customers) throws SQLException {
        List<String> storeCodes = List.of("AMS", "GNT", "CPH");
        Map<String, BigDecimal[]> vatByCountry = Map.of(
                "NL", new BigDecimal[] {new BigDecimal("21.00"), new BigDecimal("9.00")},
                "BE", new BigDecimal[] {new BigDecimal("21.00"), new BigDecimal("6.00")},
                "DK", new BigDecimal[] {new BigDecimal("25.00"), new BigDecimal("25.00")});
        // Each customer favours a few themes.
        Map<Long, int[]> favourites = new HashMap<>();
        for (long[] customer : customers) {
            favourites.put(customer[0], new int[] {random.nextInt(THEMES.length), random.nextInt(THEMES.length),
                random.nextInt(THEMES.length)});
        }
        // Baskets in time order, so receipt numbers per terminal rise with time and have no gaps.
        long[] offsets = new long[size.baskets()];
        long yearSeconds = Duration.ofDays(365).toSeconds();
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = (long) (random.nextDouble() * yearSeconds);
        }
        Arrays.sort(offsets);
        Map<Long, Long> receiptCounters = new HashMap<>();
        try (PreparedStatement sale = c.prepareStatement(
                "insert into sale (id, store_id, terminal_id, receipt_number, created_at, customer_id, currency_code,"
                        + " total) values (?,?,?,?,?,?,?,?)");
             PreparedStatement line = c.prepareStatement(
                "insert into sale_line (id, sale_id, line_no, product_id, quantity, unit_price, vat_rate, line_total)"
                        + " values (?,?,?,?,?,?,?,?)");
             PreparedStatement payment = c.prepareStatement(
                "insert into payment (id, sale_id, method, status, amount, reference, created_at) values (?,?,?,?,?,?,?)")) {
            for (int b = 0; b < size.baskets(); b++) {
                double roll = random.nextDouble();
                int storeIndex = roll < 0.4 ? 0 : roll < 0.7 ? 1 : 2;
                Long customerId = null;
                int[] customerThemes = null;
                if (!customers.isEmpty() && random.nextDouble() < 0.25) {
                    long[] customer = customers.get(random.nextInt(customers.size()));
                    customerId = customer[0];
                    storeIndex = (int) customer[1];
                    customerThemes = favourites.get(customerId);
                }
                String storeCode = storeCodes.get(storeIndex);
                StoreDef store = STORES.get(storeIndex);
                List<GenProduct> basket = basket(carried.get(storeCode), customerThemes);
                while (basket.isEmpty()) {
                    basket = basket(carried.get(storeCode), customerThemes);
                }
                long terminalId = terminalIds.get(storeCode).get(1 + random.nextInt(2));
                long receipt = receiptCounters.merge(terminalId, 1L, Long::sum);
                long saleId = nextId++;
                Instant at = now.minus(Duration.ofDays(365)).plusSeconds(offsets[b]);
                BigDecimal total = BigDecimal.ZERO;
                int lineNo = 0;
                for (GenProduct p : basket) {
                    BigDecimal quantity = p.byWeight()
                            ? BigDecimal.valueOf(250 + random.nextInt(1250), 3)
                            : BigDecimal.valueOf(random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(2)).setScale(3);
                    BigDecimal unit = store.currency().equals("DKK") ? toDkk(p.priceEur()) : p.priceEur();
                    BigDecimal lineTotal = unit.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
                    total = total.add(lineTotal);
                    line.setLong(1, nextId++);
                    line.setLong(2, saleId);
                    line.setInt(3, ++lineNo);
                    line.setLong(4, p.id());
                    line.setBigDecimal(5, quantity);
                    line.setBigDecimal(6, unit);
                    line.setBigDecimal(7, vatByCountry.get(store.country())[p.vatClass().equals("STANDARD") ? 0 : 1]);
                    line.setBigDecimal(8, lineTotal);
                    line.addBatch();
                }
                sale.setLong(1, saleId);
                sale.setLong(2, storeIds.get(storeCode));
                sale.setLong(3, terminalId);
                sale.setLong(4, receipt);
                sale.setTimestamp(5, Timestamp.from(at));
                if (customerId == null) {
                    sale.setNull(6, Types.BIGINT);
                } else {
                    sale.setLong(6, customerId);
                }
                sale.setString(7, store.currency());
                sale.setBigDecimal(8, total);
                sale.addBatch();
                payment.setLong(1, nextId++);
                payment.setLong(2, saleId);
                payment.setString(3, random.nextDouble() < 0.85 ? "CARD" : "CASH");
                payment.setString(4, "APPROVED");
                payment.setBigDecimal(5, total);
                payment.setString(6, "DEMO-" + saleId);
                payment.setTimestamp(7, Timestamp.from(at));
                payment.addBatch();
                if (b % 1000 == 999) {
                    sale.executeBatch();
                    line.executeBatch();
                    payment.executeBatch();
                    commitEvery(c, b + 1, 5_000);
                    progress.progress(0.40 + 0.58 * b / size.baskets(), "startup.demo.sales");
                }
            }
            sale.executeBatch();
            line.executeBatch();
            payment.executeBatch();
        }
        try (PreparedStatement counter = c.prepareStatement(
                "insert into receipt_counter (terminal_id, last_number) values (?, ?)")) {
            for (List<Long> ids : terminalIds.values()) {
                for (long terminal : ids) {
                    counter.setLong(1, terminal);
                    counter.setLong(2, receiptCounters.getOrDefault(terminal, 0L));
                    counter.addBatch();
                }
            }
            counter.executeBatch();
        }
    }

    private List<GenProduct> basket(Set<Long> carriedHere, int[] customerThemes) {
        Map<Long, GenProduct> basket = new LinkedHashMap<>();
        boolean themed = random.nextDouble() < 0.7;
        if (themed) {
            int theme = customerThemes != null && random.nextDouble() < 0.7
                    ? customerThemes[random.nextInt(customerThemes.length)]
                    : zipf(THEMES.length);
            List<String> nouns = new ArrayList<>(List.of(THEMES[theme]));
            Collections.shuffle(nouns, random);
            int take = Math.min(nouns.size(), 2 + random.nextInt(3));
            for (String noun : nouns.subList(0, take)) {
                GenProduct p = pick(productsByNoun.getOrDefault(noun, List.of()), carriedHere);
                if (p != null) {
                    basket.put(p.id(), p);
                }
            }
        }
        int extras = themed ? random.nextInt(3) : 1 + random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            GenProduct p = pick(products.subList(0, Math.min(products.size(), 2_000)), carriedHere);
            if (p != null) {
                basket.put(p.id(), p);
            }
        }
        return new ArrayList<>(basket.values());
    }

    /** A popularity-weighted choice among the candidates this store carries (few tries, then give up). */
    private GenProduct pick(List<GenProduct> candidates, Set<Long> carriedHere) {
        if (candidates.isEmpty()) {
            return null;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            GenProduct p = candidates.get(random.nextInt(candidates.size()));
            if (carriedHere.contains(p.id()) && random.nextDouble() < p.popularity()) {
                return p;
            }
        }
        return null;
    }

    private int zipf(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * Math.pow(u, 2.2)));
    }
}
