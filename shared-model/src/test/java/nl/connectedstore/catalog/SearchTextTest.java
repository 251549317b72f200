package nl.connectedstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(SearchText.normalise("Crème Fraîche")).isEqualTo("creme fraiche");
        assertThat(SearchText.normalise("København Smørrebrød")).isEqualTo("kobenhavn smorrebrod");
        assertThat(SearchText.normalise("Brouwerij 't Haantje")).isEqualTo("brouwerij t haantje");
    }

    @Test
    void termsAreDistinctWordsInOrder() {
        assertThat(SearchText.terms("Organic Greek yoghurt 500 g, Greek")).containsExactly("organic", "greek",
                "yoghurt", "500", "g");
        assertThat(SearchText.terms("  ")).isEmpty();
        assertThat(SearchText.terms(null)).isEmpty();
    }
}
