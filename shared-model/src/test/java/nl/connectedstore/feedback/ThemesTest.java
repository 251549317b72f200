package nl.connectedstore.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.feedback.Themes.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme matching per language through Lucene's analyzers, with inflected words the lists do not spell out. */
class ThemesTest {

    private static final Themes THEMES = Themes.builtIn();

    @Test
    void dutchQueueWordsMatchInTheirInflectedForms() {
        assertThat(THEMES.of("De wachtrij was veel te lang", "nl")).contains(Theme.QUEUE);
        assertThat(THEMES.of("Ik moest twintig minuten wachten", "nl")).contains(Theme.QUEUE);
        assertThat(THEMES.of("We wachtten bij de kassa", "nl")).contains(Theme.QUEUE, Theme.CHECKOUT_MACHINE);
        assertThat(THEMES.of("Lange wachtrijen bij de ingang", "nl")).contains(Theme.QUEUE);
    }

    @Test
    void danishQueueMatchesWithTheDefiniteArticleSuffix() {
        assertThat(THEMES.of("Køen var alt for lang", "da")).contains(Theme.QUEUE);
        assertThat(THEMES.of("Vi ventede længe", "da")).contains(Theme.QUEUE);
        assertThat(THEMES.of("Ekspedienten var meget venlig", "da")).contains(Theme.STAFF);
    }

    @Test
    void englishMatchesStemsAndIgnoresStopWords() {
        assertThat(THEMES.of("Waited ages, the queues were long", "en")).contains(Theme.QUEUE);
        assertThat(THEMES.of("Prices are too high", "en")).containsExactly(Theme.PRICE);
        assertThat(THEMES.of("The staff were lovely and gave good advice", "en"))
                .containsExactlyInAnyOrder(Theme.STAFF, Theme.ADVICE);
        assertThat(THEMES.of("The shelves were empty", "en")).containsExactly(Theme.STOCK);
        assertThat(THEMES.of("it was the", "en")).isEmpty();
        assertThat(THEMES.of(null, "en")).isEmpty();
    }

    @Test
    void aWordOfAnotherLanguageIsNotMatchedThroughTheWrongStemmer() {
        // "kassa" is a Dutch checkout word, not on the English list
        assertThat(THEMES.of("kassa", "en")).isEmpty();
        assertThat(THEMES.of("kassa", "nl")).containsExactly(Theme.CHECKOUT_MACHINE);
    }

    @Test
    void abusiveWordsAreMaskedInAnyFormAndTheRestOfTheTextIsKept() {
        assertThat(THEMES.masked("That clerk is an idiot, really", "en")).isEqualTo("That clerk is an i****, really");
        assertThat(THEMES.masked("Stomme machine!", "nl")).isEqualTo("S***** machine!");
        assertThat(THEMES.masked("Friendly and quick", "en")).isEqualTo("Friendly and quick");
    }

    @Test
    void aChainsOwnListReplacesTheBuiltInOneForItsLanguage(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("themes_nl.txt"), "# eigen lijst\nADVICE: vakkennis\n");
        Themes chain = Themes.from(folder);
        assertThat(chain.of("Wat een vakkennis", "nl")).containsExactly(Theme.ADVICE);
        assertThat(chain.of("De wachtrij was lang", "nl")).as("the chain's list has no queue words").isEmpty();
        assertThat(chain.of("The queue was long", "en")).as("English still built in").contains(Theme.QUEUE);
    }

    @Test
    void sentimentPerThemeComesFromTheRatings() {
        List<Themes.ThemeSentiment> s = Themes.sentiment(List.of(
                Map.entry(Set.of(Theme.QUEUE), 2), Map.entry(Set.of(Theme.QUEUE, Theme.STAFF), 5),
                Map.entry(Set.of(Theme.STAFF), 4)));
        assertThat(s).contains(new Themes.ThemeSentiment(Theme.QUEUE, 2, 1), new Themes.ThemeSentiment(Theme.STAFF, 2, 2));
    }
}
