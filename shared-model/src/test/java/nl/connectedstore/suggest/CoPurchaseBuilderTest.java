package nl.connectedstore.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What goes with what, on baskets small enough to count by hand. */
class CoPurchaseBuilderTest {

    private static final long MILK = 1;
    private static final long PASTA = 2;
    private static final long SAUCE = 3;
    private static final long BREAD = 4;
    private static final long CAT_FOOD = 5;

    /** Milk is in every basket; pasta and sauce meet in a few. */
    private static CoPurchaseBuilder shop(CoPurchaseMeasure measure) {
        CoPurchaseBuilder b = new CoPurchaseBuilder(measure, 10, 2);
        for (int i = 0; i < 4; i++) {
            b.add(MILK, PASTA, SAUCE);
        }
        for (int i = 0; i < 6; i++) {
            b.add(MILK, PASTA);
        }
        for (int i = 0; i < 40; i++) {
            b.add(MILK, BREAD);
        }
        b.add(MILK, CAT_FOOD, PASTA);
        return b;
    }

    @Test
    void cosineIsNotFooledByAnItemInEveryBasket() {
        CoPurchaseModel model = shop(CoPurchaseMeasure.COSINE).build(Instant.EPOCH);

        assertThat(model.partnersOf(SAUCE).get(0).productId()).as("sauce goes with pasta, not with milk")
                .isEqualTo(PASTA);
        assertThat(model.partnersOf(SAUCE).get(0).together()).isEqualTo(4);
    }

    @Test
    void rawCountsCrownThePopularItem() {
        CoPurchaseModel model = shop(CoPurchaseMeasure.COUNT).build(Instant.EPOCH);

        assertThat(model.partnersOf(PASTA).get(0).productId()).isEqualTo(MILK);
    }

    @Test
    void pairsSeenOnceAreNoiseAndRepeatsInABasketCountOnce() {
        CoPurchaseBuilder b = new CoPurchaseBuilder(CoPurchaseMeasure.COSINE, 10, 2);
        b.add(PASTA, PASTA, PASTA, SAUCE);
        b.add(PASTA, SAUCE, SAUCE);
        b.add(CAT_FOOD, BREAD);
        CoPurchaseModel model = b.build(Instant.EPOCH);

        assertThat(model.partnersOf(PASTA)).singleElement().satisfies(p -> {
            assertThat(p.productId()).isEqualTo(SAUCE);
            assertThat(p.together()).isEqualTo(2);
            assertThat(p.score()).isEqualTo(1.0);
        });
        assertThat(model.partnersOf(CAT_FOOD)).as("met once only").isEmpty();
        assertThat(model.baskets()).isEqualTo(3);
        assertThat(model.lines()).isEqualTo(9);
        assertThat(model.mostPopular()[0]).isEqualTo(PASTA);
    }

    @Test
    void keepsOnlyTheBestPartnersBestFirst() {
        CoPurchaseBuilder b = new CoPurchaseBuilder(CoPurchaseMeasure.COSINE, 2, 1);
        for (int i = 0; i < 5; i++) {
            b.add(100, 200);
        }
        for (int i = 0; i < 3; i++) {
            b.add(100, 300);
        }
        b.add(100, 400);
        CoPurchaseModel model = b.build(Instant.EPOCH);

        assertThat(model.partnersOf(100)).extracting(CoPurchaseModel.Partner::productId).containsExactly(200L, 300L);
        assertThat(model.partnersOf(999)).isEmpty();
        assertThat(CoPurchaseModel.empty().partnersOf(100)).isEmpty();
    }
}
