package nl.connectedstore.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "NL, 1016 GV, 1016 GV", "NL, 1016gv, 1016 GV", "NL, NL-1016 GV, 1016 GV", "NL, 9999 ZZ, 9999 ZZ",
            "BE, 9000, 9000", "BE, BE-1000, 1000",
            "DK, 2100, 2100", "DK, DK-8000, 8000", "DK, 0800, 0800"})
    void acceptedPostcodesAreWrittenTheWayThePostExpects(String country, String typed, String written) {
        Address address = new Address("Emma", "Main street 1", typed, "Town", country);
        assertThat(address.problems()).isEmpty();
        assertThat(address.normalised().postcode()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "NL, 0123 AB", "NL, 1016 SA", "NL, 1016 SS", "NL, 1016", "NL, 10166 GV", "NL, 1016 G1",
            "BE, 0999", "BE, 900", "BE, 90000", "BE, 1016 GV",
            "DK, 0700", "DK, 210", "DK, 21000", "DK, DK2100X"})
    void wrongPostcodesAreRefusedPerCountry(String country, String typed) {
        assertThat(new Address("Emma", "Main street 1", typed, "Town", country).problems())
                .containsExactly(Address.Problem.POSTCODE_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"DE", "FR", "''"})
    void onlyCountriesWeDeliverToAreAccepted(String country) {
        assertThat(new Address("Emma", "Main street 1", "1016 GV", "Town", country).problems())
                .containsExactly(Address.Problem.COUNTRY_NOT_SERVED);
    }

    @ParameterizedTest
    @CsvSource({"Prinsengracht 263, true", "263 Prinsengracht, true", "'Vesterbrogade 12, 2. th', true",
            "Prinsengracht, false", "263, false"})
    void aStreetNeedsANameAndAHouseNumber(String street, boolean ok) {
        assertThat(new Address("Emma", street, "1016 GV", "Amsterdam", "NL").problems().isEmpty()).isEqualTo(ok);
    }

    @org.junit.jupiter.api.Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThat(new Address(" ", "", "", " ", "NL").problems()).containsExactly(Address.Problem.NAME_MISSING,
                Address.Problem.STREET_MISSING, Address.Problem.CITY_MISSING, Address.Problem.POSTCODE_MISSING);
    }

    @Test
    void controlCharactersAndBrokenSymbolsAreMarkedOnTheirField() {
        Address address = new Address("Mette\u0000Lund", "Dam 1\ud800", "1012 AB", "Amster\u0007dam", "NL");
        assertThat(address.problems()).containsExactly(Address.Problem.NAME_UNREADABLE,
                Address.Problem.STREET_UNREADABLE, Address.Problem.CITY_UNREADABLE);
    }

    @Test
    void tooLongFieldsSaySo() {
        Address address = new Address("Mette", "S".repeat(10_000) + " 1", "1012 AB", "C".repeat(101), "NL");
        assertThat(address.problems()).containsExactly(Address.Problem.STREET_TOO_LONG, Address.Problem.CITY_TOO_LONG);
    }

    @Test
    void aLetterThatUpperCasesIntoTwoIsNoPostcodeLetter() {
        // "1012 ß" used to become "1012 SS", and "1012 \ufb00" the valid "1012 FF"
        assertThat(new Address("Mette", "Dam 1", "1012 \ufb00", "Amsterdam", "NL").problems())
                .containsExactly(Address.Problem.POSTCODE_INVALID);
        assertThat(new Address("Mette", "Dam 1", "1012 ab", "Amsterdam", "nl").valid()).isTrue();
    }
}
