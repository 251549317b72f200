package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.Purpose;
import org.junit.jupiter.api.Test;

/**
 * One form of address per language (issue 16): Dutch speaks to customers and staff as "je/jij/jouw", never "u/uw";
 * Danish as "du/dig/din", never the formal "De/Dem/Deres". Checked word by word in every text of the bundles and
 * in the consent texts customers sign now.
 */
class FormOfAddressTest {

    /** Dutch "u" or "uw" as a word, in any case ("U kunt", "uw kaart"): the polite form. */
    private static final Pattern DUTCH_POLITE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}'\\-])(u|uw|uzelf)(?![\\p{L}\\p{N}'\\-])");
    /**
     * Danish "Dem" or "Deres" anywhere, or "De" where no sentence starts (capitalised mid-sentence, it can only be
     * the polite "you"; at the start of a sentence "De" is also the plural "the"/"they", as in "De to nye PIN-koder").
     */
    private static final Pattern DANISH_POLITE = Pattern.compile(
            "(?u)(?<![\\p{L}\\p{N}])(Dem|Deres)(?![\\p{L}\\p{N}])|(?<![.!?:\u2026]\\s|^)(?<![\\p{L}\\p{N}])De(?![\\p{L}\\p{N}])");
    /** Texts where such a word is no form of address (none so far): key -> why. */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormOfAddressTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    private static List<String> offending(Properties texts, Pattern polite) {
        List<String> found = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(texts.stringPropertyNames())) {
            String text = texts.getProperty(key);
            if (!EXCEPTIONS.containsKey(key) && polite.matcher(text).find()) {
                found.add(key + "=" + text);
            }
        }
        return found;
    }

    @Test
    void dutchSaysJeNeverU() throws IOException {
        assertThat(offending(load("_nl"), DUTCH_POLITE)).as("Dutch texts that say \"u\" or \"uw\"").isEmpty();
        for (Purpose purpose : Purpose.values()) {
            assertThat(ConsentText.current(purpose, "nl").text()).as("the Dutch consent text for %s", purpose)
                    .doesNotContainPattern(DUTCH_POLITE);
        }
    }

    @Test
    void danishSaysDuNeverDe() throws IOException {
        assertThat(offending(load("_da"), DANISH_POLITE)).as("Danish texts that say \"De\", \"Dem\" or \"Deres\"")
                .isEmpty();
        for (Purpose purpose : Purpose.values()) {
            assertThat(ConsentText.current(purpose, "da").text()).as("the Danish consent text for %s", purpose)
                    .doesNotContainPattern(DANISH_POLITE);
        }
    }

    @Test
    void theChecksCatchThePoliteFormsAndLeaveOtherWordsAlone() {
        for (String polite : Set.of("Bent u er nog?", "Scan uw kaart", "U kunt het intrekken", "Dank u.",
                "Hoe was uw bezoek (vandaag)?", "u")) {
            assertThat(DUTCH_POLITE.matcher(polite).find()).as(polite).isTrue();
        }
        for (String informal : Set.of("Ben je er nog?", "Scan je kaart", "uitverkocht, nu, huis, u-bocht",
                "Jouw keuzes", "Zuivel & kaas")) {
            assertThat(DUTCH_POLITE.matcher(informal).find()).as(informal).isFalse();
        }
        for (String polite : Set.of("Vi sender Dem en besked", "Deres kort er spærret", "Tak, har De tid?")) {
            assertThat(DANISH_POLITE.matcher(polite).find()).as(polite).isTrue();
        }
        for (String informal : Set.of("De to nye PIN-koder er ikke ens.", "Tak. De kommer snart.",
                "Du kan trække dem tilbage", "Vi har intet om dig, deres eller Dennis")) {
            assertThat(DANISH_POLITE.matcher(informal).find()).as(informal).isFalse();
        }
    }
}
