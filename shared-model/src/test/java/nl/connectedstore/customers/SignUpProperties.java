package nl.connectedstore.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.persistence.AnyText;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.privacy.CustomerExport;
import nl.connectedstore.testing.Services;

/**
 * Whatever is typed into the sign-up form, it is either refused with a {@link SignUpProblem} the screen can
 * show, or stored so that it reads back exactly as typed (stripped) and exports as JSON: no exception from the
 * database, no customer that "Save my data" cannot write. Runs against a real H2 file; {@link #signUpReadBack}
 * is the check itself, for any {@link Database} (PostgreSQL too).
 */
class SignUpProperties {

    private static Database db;

    private static synchronized Database db() {
        if (db == null) {
            db = DemoDatabase.fresh("signup-properties-", new DemoChain.Size(100, 0, 0));
        }
        return db;
    }

    @AfterContainer
    static void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    @Provide
    Arbitrary<CustomerService.SignUp> signUps() {
        Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("Mette", "J\u00f8rgen", "\u00dcmit",
                "\u5c71\u7530", "Zo\u00eb \ud83d\ude00", "R".repeat(100), "R".repeat(101))),
                Tuple.of(3, Arbitraries.strings().withCharRange(' ', '\u024f').withCharRange('\u4e00', '\u4fff')
                        .ofMinLength(1).ofMaxLength(100)), Tuple.of(1, AnyText.any()));
        Arbitrary<String> local = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(70),
                AnyText.anyUnicode());
        Arbitrary<String> domain = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(160),
                AnyText.anyUnicode());
        Arbitrary<String> emails = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(local, domain, Arbitraries.of("nl", "info", "museum", "\u0000x", "dk"))
                        .as((l, d, tld) -> l + "@" + d + "." + tld)),
                Tuple.of(1, AnyText.any()), Tuple.of(2, Arbitraries.of("", " ", "mette@example.dk")));
        Arbitrary<String> phones = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().withChars("0123456789 +()-")
                .ofMaxLength(45)), Tuple.of(1, AnyText.anyUnicode()), Tuple.of(2, Arbitraries.just(null)));
        Arbitrary<String> languages = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("en", "nl", "da", "de",
                "abcdefghijkl", "EN", " nl ")), Tuple.of(1, AnyText.anyUnicode()), Tuple.of(1, Arbitraries.just(null)));
        return Combinators.combine(names, names, emails, phones, languages).as(CustomerService.SignUp::new);
    }

    @Property(tries = 100)
    void whatIsTypedIsRefusedWithAReasonOrStoredAsTypedAndExportable(@ForAll("signUps") CustomerService.SignUp who)
            throws Exception {
        net.jqwik.api.statistics.Statistics.label("outcome").collect(signUpReadBack(db(), who));
    }

    /** Signs {@code who} up in {@code database}; refused (the problem), or read back field by field and exported
     *  as JSON ("stored"). */
    static String signUpReadBack(Database database, CustomerService.SignUp who) throws Exception {
        CustomerService customers = Services.on(database.transactor(), Clock.systemUTC()).customers();
        long id;
        try {
            id = customers.signUp(who, Map.of(), null, Channel.KIOSK, "AMS-KIOSK-1").card().customerId();
        } catch (SignUpRefusedException refused) {
            assertThat(refused.problem()).isNotNull();
            return refused.problem().name();
        }
        Customer stored = database.transactor().read(s -> s.find(Customer.class, id));
        assertThat(stored.firstName()).isEqualTo(who.firstName().strip()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(stored.lastName()).isEqualTo(who.lastName() == null ? "" : who.lastName().strip());
        String email = who.email() == null ? "" : who.email().strip();
        assertThat(stored.email()).isEqualTo(email.isEmpty() ? null : email);
        String phone = who.phone() == null ? "" : who.phone().strip();
        assertThat(stored.phone()).isEqualTo(phone.isEmpty() ? null : phone);
        assertThat(stored.preferredLanguage()).isIn("en", "nl", "da");

        String json = Services.on(database.transactor(), Clock.systemUTC()).export().json(id);
        JsonNode person = new ObjectMapper().readTree(json).get("customer");
        assertThat(person.get("firstName").asText()).isEqualTo(stored.firstName());
        assertThat(person.get("lastName").asText()).isEqualTo(stored.lastName());
        return "stored";
    }
}
