package nl.connectedstore.sales;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import nl.connectedstore.money.Money;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.persistence.WhenOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No charge without a record. When a card payment was approved but its sale (or web order payment) could not be
 * stored, {@link #settle} asks the terminal to give it back; when that fails too, the payment goes on the
 * "payments to resolve" list that staff see at the counter. When even that list cannot be written (the database
 * is down), the payment is appended to {@value #FILE_NAME} in this machine's data folder (synced to disk,
 * readable by this user only) and moved into the list the next time the database is opened here.
 */
public final class PaymentsToResolve {

    private static final Logger log = LoggerFactory.getLogger(PaymentsToResolve.class);
    public static final String FILE_NAME = "unresolved-payments.jsonl";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** File locks are per process: this keeps two threads of one process apart too. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Transactor tx;
    private final Clock clock;
    private final Path file;

    /** @param file where payments wait when the database cannot take them; null: only the log then */
    public PaymentsToResolve(Transactor tx, Clock clock, Path file) {
        this.tx = Objects.requireNonNull(tx);
        this.clock = Objects.requireNonNull(clock);
        this.file = file;
    }

    /** The list in {@code db}, falling back on the file in the data folder the database was opened from. */
    public static PaymentsToResolve of(Database db, Clock clock) {
        return new PaymentsToResolve(db.transactor(), clock, db.home().resolve(FILE_NAME));
    }

    /**
     * Run by {@link Database#open} each time (registered in {@code META-INF/services}): approved payments that could
     * be neither recorded nor reversed while the database was unreachable wait in a file in this machine's data
     * folder; now that it is open, they go onto the counter's list.
     */
    public static final class ImportWhenOpened implements WhenOpened {
        @Override
        public void opened(Database database) {
            of(database, Clock.systemUTC()).importFile();
        }
    }

    /** The file payments wait in while the database is unreachable, or null when there is none. */
    public Path file() {
        return file;
    }

    /** How an approved payment without a record ended. */
    public sealed interface Unrecorded {

        /** The terminal gave the money back: nothing was charged. */
        record Reversed(Money amount, String terminalReference) implements Unrecorded {
        }

        /** The charge stands and is on the list (or in the file) for staff to resolve. */
        record ToResolve(UnresolvedPayment payment) implements Unrecorded {
        }
    }

    /**
     * An approved payment whose record could not be stored: reverses it through {@code terminal}, or, when that
     * fails or throws, keeps it for staff. Never throws.
     *
     * @param orderCode the web order it was to pay, or null for a sale
     * @param failure   why the record could not be stored
     */
    public Unrecorded settle(PaymentTerminal terminal, String terminalCode, long storeId, Money amount,
                             String terminalReference, Instant paidAt, String orderCode, Throwable failure) {
        String what = (orderCode == null ? "Sale not stored: " : "Order payment not stored: ") + brief(failure);
        String reversalFailed;
        try {
            PaymentTerminal.Reversal reversal = terminal.reverse(terminalReference);
            if (reversal instanceof PaymentTerminal.Reversal.Reversed) {
                log.warn("Approved payment {} of {} at {} was reversed: {}{}", terminalReference, amount,
                        terminalCode, what, orderCode == null ? "" : " (order " + orderCode + ")");
                return new Unrecorded.Reversed(amount, terminalReference);
            }
            reversalFailed = ((PaymentTerminal.Reversal.Failed) reversal).reason();
        } catch (RuntimeException e) {
            reversalFailed = brief(e);
        }
        String whatFailed = cut(what + "; reversal failed: " + reversalFailed, 400);
        // to the microsecond, as the database keeps it, so the note and the list say the same time
        Instant at = paidAt.truncatedTo(ChronoUnit.MICROS);
        UnresolvedPayment payment = new UnresolvedPayment(0, newCaseCode(), terminalCode, storeId, amount, at,
                terminalReference, orderCode, whatFailed, UnresolvedPayment.Kept.TO_RESOLVE_LIST, null, null, null);
        return new Unrecorded.ToResolve(keep(payment));
    }

    /** Writes the payment to the list, or to the file when the list cannot be written, or at least to the log. */
    UnresolvedPayment keep(UnresolvedPayment payment) {
        try {
            UnresolvedPayment kept = tx.write(session -> {
                PaymentToResolve row = new PaymentToResolve(payment, clock.instant());
                session.persist(row);
                session.flush();
                return row.view();
            });
            log.error("Approved payment {} of {} at {} has no record and could not be reversed: on the counter's"
                            + " list to resolve as case {} ({})", payment.terminalReference(), payment.amount(),
                    payment.terminalCode(), payment.caseCodeShown(), payment.whatFailed());
            return kept;
        } catch (RuntimeException e) {
            log.error("The payments-to-resolve list could not be written: {}", brief(e));
        }
        if (file != null) {
            try {
                append(payment);
                log.error("Approved payment {} of {} at {} has no record and could not be reversed; the database is"
                                + " unreachable: kept as case {} in {} until the next start ({})",
                        payment.terminalReference(), payment.amount(), payment.terminalCode(),
                        payment.caseCodeShown(), file, payment.whatFailed());
                return payment.kept(UnresolvedPayment.Kept.LOCAL_FILE);
            } catch (IOException | RuntimeException e) {
                log.error("The local file {} of payments to resolve could not be written: {}", file, e.toString());
            }
        }
        log.error("UNRECORDED PAYMENT: terminal {}, store {}, {} approved at {}, terminal reference {}, case {}: {}."
                        + " Refund it by hand or enter the sale.", payment.terminalCode(), payment.storeId(),
                payment.amount(), payment.paidAt(), payment.terminalReference(), payment.caseCodeShown(),
                payment.whatFailed());
        return payment.kept(UnresolvedPayment.Kept.LOG_ONLY);
    }

    /** The store's open payments to resolve, oldest first. */
    public List<UnresolvedPayment> open(long storeId) {
        return tx.read(session -> session.createSelectionQuery("from PaymentToResolve p where p.storeId = :store"
                        + " and p.status = :open order by p.paidAt, p.id", PaymentToResolve.class)
                .setParameter("store", storeId)
                .setParameter("open", PaymentToResolve.Status.OPEN)
                .getResultList().stream().map(PaymentToResolve::view).toList());
    }

    /** The payment with this case code (as shown or typed), if it is on the list. */
    public Optional<UnresolvedPayment> find(String caseCode) {
        String code = caseCode == null ? "" : caseCode.replace("-", "").strip().toUpperCase(Locale.ROOT);
        return tx.read(session -> session.createSelectionQuery("from PaymentToResolve p where p.caseCode = :code",
                        PaymentToResolve.class)
                .setParameter("code", code)
                .uniqueResultOptional().map(PaymentToResolve::view));
    }

    /**
     * A member of staff settled the payment: refunded by hand or entered the sale. Recorded with who and when;
     * resolving it again changes nothing (the first answer stands) and returns it as it is.
     */
    public UnresolvedPayment resolve(long id, UnresolvedPayment.Resolution how, String by) {
        Objects.requireNonNull(how);
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Who resolved the payment must be known");
        }
        return tx.writeRetrying(session -> {
            PaymentToResolve row = session.find(PaymentToResolve.class, id);
            if (row == null) {
                throw new IllegalArgumentException("No payment to resolve with id " + id);
            }
            if (row.resolve(how, by, clock.instant())) {
                log.info("Payment to resolve {} resolved by {}: {}", row.view().caseCodeShown(), by, how);
            }
            session.flush();
            return row.view();
        });
    }

    /**
     * Moves the payments that waited in the file into the list; an entry already there (an earlier import cut
     * short) is not added twice. The file is emptied only when every entry is in. Returns how many were added.
     */
    public int importFile() {
        if (file == null || !Files.exists(file)) {
            return 0;
        }
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            String text = new String(readAll(channel), StandardCharsets.UTF_8);
            List<UnresolvedPayment> waiting = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    waiting.add(JSON.readValue(line, FileEntry.class).payment());
                } catch (IOException | RuntimeException e) {
                    log.error("A line of {} could not be read and stays there: {}", file, e.toString());
                    return 0;
                }
            }
            int added = tx.write(session -> {
                int count = 0;
                for (UnresolvedPayment payment : waiting) {
                    boolean there = session.createSelectionQuery(
                                    "select count(p) from PaymentToResolve p where p.caseCode = :code", Long.class)
                            .setParameter("code", payment.caseCode()).getSingleResult() > 0;
                    if (!there) {
                        session.persist(new PaymentToResolve(payment, clock.instant()));
                        count++;
                    }
                }
                return count;
            });
            channel.truncate(0);
            channel.force(true);
            if (added > 0) {
                log.warn("{} payment(s) to resolve kept in {} while the database was unreachable are now on the"
                        + " counter's list", added, file);
            }
            return added;
        } catch (IOException e) {
            log.error("The local file {} of payments to resolve could not be read: {}", file, e.toString());
            return 0;
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /** What the file holds per payment, one JSON object a line. */
    record FileEntry(String caseCode, String terminalCode, long storeId, String amount, String currency,
                     String paidAt, String terminalReference, String orderCode, String whatFailed) {

        static FileEntry of(UnresolvedPayment p) {
            return new FileEntry(p.caseCode(), p.terminalCode(), p.storeId(), p.amount().amount().toPlainString(),
                    p.amount().currency().getCurrencyCode(), p.paidAt().toString(), p.terminalReference(),
                    p.orderCode(), p.whatFailed());
        }

        UnresolvedPayment payment() {
            return new UnresolvedPayment(0, caseCode, terminalCode, storeId,
                    new Money(new BigDecimal(amount), Currency.getInstance(currency)), Instant.parse(paidAt),
                    terminalReference, orderCode, whatFailed, UnresolvedPayment.Kept.LOCAL_FILE, null, null, null);
        }
    }

    private void append(UnresolvedPayment payment) throws IOException {
        byte[] line = (JSON.writeValueAsString(FileEntry.of(payment)) + "\n").getBytes(StandardCharsets.UTF_8);
        IN_PROCESS.lock();
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            // the permissions apply when the file is created: only this user may read it
            try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND), ownerOnly());
                 FileLock ignored = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (created) {
                syncDirectory(file.getParent());
            }
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    /** So the new file's name survives a power cut too, not only its content (Linux; elsewhere a no-op). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not every platform can open a directory; the content itself is synced
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, channel.size()));
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // reading on
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    static String newCaseCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The root cause's kind and first line, for staff: never the SQL's parameter values in full. */
    static String brief(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return cut(root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message), 180);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
