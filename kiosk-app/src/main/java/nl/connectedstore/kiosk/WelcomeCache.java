package nl.connectedstore.kiosk;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Currency;
import java.util.Optional;
import java.util.Properties;
import nl.connectedstore.store.StoreInfo;
import nl.connectedstore.store.StoreKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the welcome screen needs of its store (name, city, country, currency), remembered in the data folder at
 * each start so the next start can show the welcome screen before the database is open (issue 17: the cold start).
 * Nothing about a person: the store as its sign says. A file that is missing, unreadable, or about another store
 * is ignored (the start-up progress shows as before), and the store read from the database always wins.
 */
final class WelcomeCache {

    static final String FILE_NAME = "kiosk-welcome.properties";
    private static final Logger log = LoggerFactory.getLogger(WelcomeCache.class);

    private WelcomeCache() {
    }

    /** The remembered store, when it is the one this terminal stands in ({@code storeCode}). */
    static Optional<StoreInfo> read(Path home, String storeCode) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!storeCode.equals(p.getProperty("code"))) {
                return Optional.empty();
            }
            return Optional.of(new StoreInfo(Long.parseLong(p.getProperty("id")), p.getProperty("code"),
                    p.getProperty("name"), p.getProperty("city"), StoreKind.valueOf(p.getProperty("kind")),
                    p.getProperty("country"), Currency.getInstance(p.getProperty("currency"))));
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Remembers {@code store} for the next start (a failure costs only that start's head start). */
    static void write(Path home, StoreInfo store) {
        Properties p = new Properties();
        p.setProperty("id", Long.toString(store.id()));
        p.setProperty("code", store.code());
        p.setProperty("name", store.name());
        p.setProperty("city", store.city());
        p.setProperty("kind", store.kind().name());
        p.setProperty("country", store.countryCode());
        p.setProperty("currency", store.currency().getCurrencyCode());
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            Path part = Files.createTempFile(home, FILE_NAME, ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "The store's welcome screen, shown while the database opens (written at each start)");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not remember the store for the next start in {}: {}", file, e.toString());
        }
    }
}
