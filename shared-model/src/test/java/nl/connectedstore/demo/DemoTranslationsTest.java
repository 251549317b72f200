package nl.connectedstore.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.connectedstore.persistence.DemoDatabase;
import org.junit.jupiter.api.Test;

/** The demo catalogue's Dutch and Danish names read as a Dutch or Danish shelf label would. */
class DemoTranslationsTest {

    @Test
    void productsAreNamedInDutchAndDanish() {
        assertThat(DemoTranslations.name("nl", "", "Apple juice", "1 L", false)).isEqualTo("Appelsap 1 L");
        assertThat(DemoTranslations.name("da", "", "Apple juice", "1 L", false)).isEqualTo("Æblejuice 1 L");
        assertThat(DemoTranslations.name("nl", "", "Greek yoghurt", "500 g", false)).isEqualTo("Griekse yoghurt 500 g");
        assertThat(DemoTranslations.name("da", "", "Greek yoghurt", "500 g", false)).isEqualTo("Græsk yoghurt 500 g");
    }

    @Test
    void anAdjectiveAgreesWithItsNoun() {
        // Dutch: no -e before a singular het-word, -e before a de-word or a plural
        assertThat(DemoTranslations.name("nl", "Organic", "Apple juice", "1 L", false))
                .isEqualTo("Biologisch appelsap 1 L");
        assertThat(DemoTranslations.name("nl", "Organic", "Whole milk", "1 L", false))
                .isEqualTo("Biologische volle melk 1 L");
        assertThat(DemoTranslations.name("nl", "Original", "Sourdough bread", "800 g", false))
                .isEqualTo("Origineel desembrood 800 g");
        assertThat(DemoTranslations.name("nl", "Original", "Croissants", "4 pcs", false))
                .isEqualTo("Originele croissants 4 st.");
        // Danish: -e in the plural
        assertThat(DemoTranslations.name("da", "Organic", "Apple juice", "1 L", false))
                .isEqualTo("Økologisk æblejuice 1 L");
        assertThat(DemoTranslations.name("da", "Classic", "Croissants", "6 pcs", false))
                .isEqualTo("Klassiske croissanter 6 stk.");
    }

    @Test
    void packSizesLinesAndWeighedGoodsAreWrittenTheLocalWay() {
        assertThat(DemoTranslations.name("nl", "", "Cola", "1.5 L", false)).isEqualTo("Cola 1,5 L");
        assertThat(DemoTranslations.name("da", "", "Black tea", "20 bags", false)).isEqualTo("Sort te 20 breve");
        assertThat(DemoTranslations.name("nl", "Family pack", "Toilet paper", "16 rolls", false))
                .isEqualTo("Toiletpapier familieverpakking 16 rollen");
        assertThat(DemoTranslations.name("nl", "", "Bananas", "", true)).isEqualTo("Bananen (per kg)");
        assertThat(DemoTranslations.name("da", "", "Bananas", "", true)).isEqualTo("Bananer (pr. kg)");
        assertThat(DemoTranslations.name("nl", "Light", "USB-C cable", "1 m", false)).isEqualTo("Light USB-C-kabel 1 m");
    }

    @Test
    void aProductWithoutATranslationStopsTheFill() {
        assertThatThrownBy(() -> DemoTranslations.name("nl", "", "Moon rocks", "", false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Moon rocks");
    }

    @Test
    void everyDemoProductHasADutchAndADanishNameAndDescription() {
        long missing = DemoDatabase.get().transactor().read(session -> ((Number) session.createNativeQuery(
                "select count(*) from product p, (select 'nl' as language union all select 'da') l"
                        + " where not exists (select 1 from product_text t where t.product_id = p.id"
                        + " and t.language = l.language and t.description is not null)", Object.class)
                .getSingleResult()).longValue());
        assertThat(missing).isZero();
        long translated = DemoDatabase.get().transactor().read(session -> ((Number) session.createNativeQuery(
                "select count(*) from product_text", Object.class).getSingleResult()).longValue());
        assertThat(translated).isEqualTo(2L * DemoChain.Size.DEMO.products());
    }
}
