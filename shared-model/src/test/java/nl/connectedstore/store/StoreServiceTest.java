package nl.connectedstore.store;

import static org.assertj.core.api.Assertions.assertThat;

import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.Test;

class StoreServiceTest {

    private final StoreService stores = Services.on(DemoDatabase.get().transactor()).stores();

    @Test
    void theRightPinSignsInTheRightPerson() {
        assertThat(stores.signIn("AMS-COUNTER-1", "2345".toCharArray()))
                .isInstanceOfSatisfying(PinCheck.Accepted.class,
                        a -> assertThat(a.staff().name()).isEqualTo("Daan Bakker"));
    }

    @Test
    void aWrongPinOrSomethingThatIsNoPinIsRefused() {
        assertThat(stores.signIn("GNT-COUNTER-1", "9999".toCharArray())).isInstanceOf(PinCheck.WrongPin.class);
        assertThat(stores.signIn("GNT-COUNTER-1", "12".toCharArray())).isEqualTo(new PinCheck.NotAPin());
        assertThat(stores.signIn("GNT-COUNTER-1", "".toCharArray())).isEqualTo(new PinCheck.NotAPin());
        assertThat(stores.signIn("GNT-COUNTER-1", "1234567".toCharArray())).isEqualTo(new PinCheck.NotAPin());
        assertThat(stores.signIn("GNT-COUNTER-1", "12a4".toCharArray())).isEqualTo(new PinCheck.NotAPin());
        assertThat(stores.signIn("GNT-COUNTER-1", "1234".toCharArray())).isInstanceOf(PinCheck.Accepted.class);
    }

    @Test
    void thePinArrayIsWipedAfterUse() {
        char[] pin = "1234".toCharArray();
        stores.signIn("CPH-COUNTER-1", pin);
        assertThat(new String(pin)).isEqualTo("\0\0\0\0");
    }

    @Test
    void pinsAreStoredAsSaltedHashes() {
        String a = PinHasher.hash("1234".toCharArray());
        String b = PinHasher.hash("1234".toCharArray());
        assertThat(a).doesNotContain("1234").isNotEqualTo(b).startsWith("pbkdf2-sha256$");
        assertThat(PinHasher.matches("1234".toCharArray(), a)).isTrue();
        assertThat(PinHasher.matches("1235".toCharArray(), a)).isFalse();
        assertThat(PinHasher.matches("1234".toCharArray(), "garbage")).isFalse();
    }

    @Test
    void storesComeWithCountryAndCurrency() {
        assertThat(stores.stores()).extracting(StoreInfo::code).containsExactly("AMS", "GNT", "CPH", "WH");
        assertThat(stores.store("CPH").orElseThrow().currency().getCurrencyCode()).isEqualTo("DKK");
        assertThat(stores.store("GNT").orElseThrow().countryCode()).isEqualTo("BE");
    }

    @Test
    void chainSettingsComeFromTheDatabaseAndAnUnsetOneIsEmpty() {
        assertThat(stores.chainSetting("demo.state")).contains("complete");
        assertThat(stores.chainSetting(nl.connectedstore.scan.VariableMeasureScheme.SETTING)).isEmpty();
    }

    @Test
    void aTerminalKnowsItsStore() {
        assertThat(stores.storeOfTerminal("CPH-CHECKOUT-1")).contains("CPH");
        assertThat(stores.storeOfTerminal("NOPE-1")).isEmpty();
    }
}
