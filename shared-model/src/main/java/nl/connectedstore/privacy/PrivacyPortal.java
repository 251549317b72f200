package nl.connectedstore.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.customers.CardStatus;
import nl.connectedstore.customers.CardView;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.persistence.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a customer sees about themselves after scanning their card at a kiosk: everything we hold (the same
 * document the export writes), where each consent stands now, and the staff access log. The card is the
 * key: an unknown or blocked card opens nothing.
 */
public final class PrivacyPortal {

    private static final Logger log = LoggerFactory.getLogger(PrivacyPortal.class);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Why a scanned card opened nothing. */
    public enum Refusal {
        /** Not a card number, or no card has it. */
        UNKNOWN_CARD,
        /** Reported lost and replaced: only the new card opens the portal. */
        BLOCKED_CARD,
        /** The holder asked for their account to be erased; it is about to be (see {@link ErasureRequests}). */
        ERASURE_UNDER_WAY
    }

    /** The portal's page for one customer, as of now. */
    public record Page(String cardNumber, CustomerExport.Document data, List<ConsentView> consents) {
        public long customerId() {
            return data.customer().id();
        }
    }

    /** Either a page or the reason there is none. */
    public record Opened(Optional<Page> page, Optional<Refusal> refusal) {
        static Opened of(Page page) {
            return new Opened(Optional.of(page), Optional.empty());
        }

        static Opened refused(Refusal refusal) {
            return new Opened(Optional.empty(), Optional.of(refusal));
        }
    }

    private final CustomerService customers;
    private final ConsentService consents;
    private final CustomerExport export;
    private final ErasureRequests erasures;
    private final Clock clock;

    public PrivacyPortal(CustomerService customers, ConsentService consents, CustomerExport export,
                         ErasureRequests erasures, Clock clock) {
        this.customers = customers;
        this.consents = consents;
        this.export = export;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** Opens the portal for a scanned QR payload or a typed card number. */
    public Opened open(String scanned) {
        return open(scanned, null);
    }

    /** As {@link #open(String)}, the page's purchases named in {@code language} (null: the products' own names). */
    public Opened open(String scanned, Locale language) {
        Optional<CardView> card = customers.card(scanned);
        if (card.isEmpty()) {
            String number = CustomerService.cardNumberIn(scanned);
            return Opened.refused(number != null && erasures.pending(number) ? Refusal.ERASURE_UNDER_WAY
                    : Refusal.UNKNOWN_CARD);
        }
        if (card.get().status() != CardStatus.ACTIVE) {
            log.info("A blocked card was scanned at the privacy portal");
            return Opened.refused(Refusal.BLOCKED_CARD);
        }
        return Opened.of(page(card.get().cardNumber(), card.get().customerId(), language));
    }

    /** The page again, after a withdrawal or a renewal; read as the holder of {@code cardNumber}. */
    public Page page(String cardNumber, long customerId) {
        return page(cardNumber, customerId, null);
    }

    /** As {@link #page(String, long)}, the purchases named in {@code language} (null: the products' own names). */
    public Page page(String cardNumber, long customerId, Locale language) {
        return new Page(cardNumber, export.asHolderOf(cardNumber).document(customerId, language),
                consents.asHolderOf(cardNumber).consents(customerId));
    }

    /**
     * The same portal, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}): how
     * the kiosk exports and erases (its database login reads a customer no other way).
     */
    public PrivacyPortal asHolderOf(String cardNumber) {
        return new PrivacyPortal(customers, consents, export.asHolderOf(cardNumber), erasures, clock);
    }

    /**
     * Writes the customer's export into {@code folder} (a USB stick, say) and returns the file. Written to a
     * temporary name first and moved into place, so a half-written file never carries the real name.
     */
    public Path exportTo(long customerId, Path folder) throws IOException {
        String json = export.json(customerId);
        Files.createDirectories(folder);
        Path file = folder.resolve("my-data-" + FILE_DATE.format(clock.instant()) + ".json");
        Path part = folder.resolve(file.getFileName() + ".part");
        Files.writeString(part, json, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Customer {} exported their data to a file", customerId);
        return file;
    }

    /**
     * The customer asks for their account to be erased (the kiosk): the wish is recorded for the counter to carry out
     * ({@link ErasureRequests}), and every export of theirs still in {@code exportFolder} (the kiosk's own folder,
     * when no USB stick took the file away) is deleted now: a file the customer left behind must not outlive their
     * account. A file is theirs when it is an export in our format whose customer is this one; others are left alone.
     *
     * @return false when the card no longer opens this account (blocked meanwhile, or its erasure already asked for)
     */
    public boolean requestErasure(Page page, Path exportFolder, String terminalCode) {
        boolean recorded = erasures.request(page.cardNumber(), terminalCode);
        if (recorded) {
            deleteExports(page.customerId(), exportFolder);
        }
        return recorded;
    }

    /** Whether the erasure asked for with this card is still waiting for the counter to carry it out. */
    public boolean erasurePending(String cardNumber) {
        return erasures.pending(cardNumber);
    }

    private static void deleteExports(long customerId, Path exportFolder) {
        if (exportFolder != null && Files.isDirectory(exportFolder)) {
            try (var files = Files.newDirectoryStream(exportFolder, "my-data-*.json")) {
                for (Path file : files) {
                    if (exportOf(file, customerId)) {
                        Files.deleteIfExists(file);
                        log.info("Customer {}'s export left in the export folder was deleted with the account",
                                customerId);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.error("Exports left in {} could not all be checked for customer {}'s erasure: {}", exportFolder,
                        customerId, e.toString());
            }
        }
    }

    private static boolean exportOf(Path file, long customerId) {
        try {
            JsonNode root = new ObjectMapper()
                    .readTree(file.toFile());
            return root != null && CustomerExport.FORMAT.equals(root.path("format").asText())
                    && root.path("customer").path("id").asLong(-1) == customerId;
        } catch (IOException | RuntimeException e) {
            return false; // not an export of ours (a half-written one is never left under this name)
        }
    }
}
