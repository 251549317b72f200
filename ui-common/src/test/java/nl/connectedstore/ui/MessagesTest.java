package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.connectedstore.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.MINUTES) // a hung UI test fails instead of stalling the build
class MessagesTest {

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryText() throws IOException {
        Set<Object> english = load("").keySet();
        for (String language : new String[] {"_nl", "_da"}) {
            Properties other = load(language);
            assertThat(other.keySet()).as("keys in messages%s", language).containsExactlyInAnyOrderElementsOf(english);
            assertThat(other.values()).as("empty texts in messages%s", language)
                    .allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    /** A key written twice is a text nobody sees: the later one silently wins (two branches reworded one text). */
    @Test
    void noTextIsWrittenTwice() throws IOException {
        for (String language : new String[] {"", "_nl", "_da"}) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + language + ".properties")) {
                counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(twice).as("keys written twice in messages%s", language).isEmpty();
        }
    }

    @Test
    void pricesLookTheWayCustomersReadThem() {
        Money eur = new Money(new BigDecimal("2.49"), Currency.getInstance("EUR"));
        Money dkk = new Money(new BigDecimal("18.95"), Currency.getInstance("DKK"));
        assertThat(Messages.of(new Locale("nl", "NL")).money(eur)).contains("2,49").contains("€");
        assertThat(Messages.of(new Locale("da", "DK")).money(dkk)).contains("18,95").contains("kr");
        assertThat(Messages.of(new Locale("en", "DK")).money(dkk)).contains("18").contains("95");
    }

    @Test
    void countsArePluralised() {
        assertThat(Messages.of(Locale.ENGLISH).get("kiosk.results.count", 1)).isEqualTo("1 product");
        assertThat(Messages.of(Locale.ENGLISH).get("kiosk.results.count", 1234)).isEqualTo("1,234 products");
        assertThat(Messages.of(new Locale("da")).get("kiosk.results.count", 0)).isEqualTo("Ingen varer");
    }
}
