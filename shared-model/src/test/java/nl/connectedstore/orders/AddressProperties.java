package nl.connectedstore.orders;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.connectedstore.persistence.AnyText;
import nl.connectedstore.persistence.StoredText;

/**
 * Whatever is typed into the delivery form, the address either lists its problems (one per field the form can
 * mark) or is valid, and a valid address, normalised, fits the columns of {@code customer_order} and holds
 * nothing PostgreSQL or a label printer refuses (NUL, control characters, half an emoji).
 */
class AddressProperties {

    @Provide
    Arbitrary<Address> addresses() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("Mette Lund", "J\u00f8rgen \ud83d\ude00",
                "N".repeat(100), "N".repeat(101)), AnyText.any());
        Arbitrary<String> streets = Arbitraries.oneOf(Arbitraries.of("Dam 1", "Vesterbrogade 12", "Dam\u00001",
                "Dam 1\ud800", "S".repeat(198) + " 1", "S".repeat(199) + " 1"),
                AnyText.any(), AnyText.anyUnicode().map(t -> "Dam 1" + t));
        Arbitrary<String> postcodes = Arbitraries.oneOf(Arbitraries.of("1012 AB", "1012ab", "2100", "0800",
                "1012 \u00df", "1012 \ufb00", "NL-1012 AB", "1012 ab\u0000"), AnyText.anyUnicode());
        Arbitrary<String> cities = Arbitraries.oneOf(Arbitraries.of("Amsterdam", "K\u00f8benhavn", "C".repeat(101),
                "Gent\u0007"), AnyText.any());
        Arbitrary<String> countries = Arbitraries.oneOf(Arbitraries.of("NL", "be", "DK", "de", "nl\u0000"),
                AnyText.anyUnicode());
        return Combinators.combine(names, streets, postcodes, cities, countries).as(Address::new);
    }

    @Property(tries = 2_000)
    void aValidAddressFitsTheColumnsAndHoldsOnlyStorableText(@ForAll("addresses") Address address) {
        if (!address.valid()) {
            assertThat(address.problems()).isNotEmpty().doesNotHaveDuplicates();
            return;
        }
        Address stored = address.normalised();
        assertThat(stored.name().length()).isBetween(1, 100);
        assertThat(stored.street().length()).isBetween(1, 200);
        assertThat(stored.postcode().length()).isBetween(1, 16);
        assertThat(stored.postcode()).matches("[0-9A-Z ]+");
        assertThat(stored.city().length()).isBetween(1, 100);
        assertThat(stored.countryCode()).isIn(Address.COUNTRIES);
        for (String field : new String[] {stored.name(), stored.street(), stored.city()}) {
            assertThat(StoredText.storable(field)).as(field).isTrue();
            assertThat(field).doesNotContain("\u0000");
        }
        assertThat(stored.valid()).isTrue();
    }
}
