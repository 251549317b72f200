package nl.connectedstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.demo.DemoChain;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Export everything" as a customer would read it: one JSON document with all we hold about them. */
class CustomerExportTest {

    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        db = DemoDatabase.fresh("export-test-", new DemoChain.Size(100, 20, 10));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theExportHoldsPersonCardsConsentsWithTheirTextPurchasesAndWhoLooked() throws Exception {
        CustomerService customers = Services.on(db.transactor(), Clock.systemUTC()).customers();
        long id = customers.signUp(new CustomerService.SignUp("Mette", "Lund", "mette@example.dk", null, "da"),
                Map.of(Purpose.RECOGNITION, 3, Purpose.MESSAGES, 6), new byte[] {7, 7, 7}, Channel.KIOSK,
                "CPH-KIOSK-1").card().customerId();
        new ConsentService(db.transactor(), Clock.systemUTC()).withdraw(id, Purpose.MESSAGES, Channel.KIOSK,
                "CPH-KIOSK-1");
        db.transactor().write(s -> s.createNativeMutationQuery(
                        "update sale set customer_id = :c where id in (select min(id) from sale)")
                .setParameter("c", id).executeUpdate());
        var staff = nl.connectedstore.persistence.DemoStaff.signIn(db, "CPH", "1234");
        Services.on(db.transactor(), Clock.systemUTC()).accessLog().record(id, staff, "CPH-COUNTER-1",
                "Arrival greeting");

        JsonNode doc = new ObjectMapper().readTree(Services.on(db.transactor(), Clock.systemUTC()).export().json(id));

        assertThat(doc.get("format").asText()).isEqualTo("connectedstore.customer-export");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.at("/customer/firstName").asText()).isEqualTo("Mette");
        assertThat(doc.at("/customer/email").asText()).isEqualTo("mette@example.dk");
        assertThat(doc.get("cards")).hasSize(1);
        assertThat(doc.get("consents")).hasSize(3);
        assertThat(doc.at("/consents/0/text").asText()).startsWith("Genkendelse");
        assertThat(doc.at("/consents/2/kind").asText()).isEqualTo("WITHDRAW");
        assertThat(doc.at("/consents/0/signed").asBoolean()).isTrue();
        assertThat(doc.get("purchases")).hasSize(1);
        assertThat(doc.at("/purchases/0/items")).isNotEmpty();
        assertThat(doc.at("/accessLog/0/staffName").asText()).isEqualTo("Mette Hansen");
        assertThat(doc.at("/accessLog/0/reason").asText()).isEqualTo("Arrival greeting");
        assertThat(doc.at("/exportedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }
}
