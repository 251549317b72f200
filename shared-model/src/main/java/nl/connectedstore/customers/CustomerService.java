package nl.connectedstore.customers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.consent.ConsentText;
import nl.connectedstore.consent.ConsentView;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.persistence.StoredText;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loyalty sign-up and cards. A sign-up stores the customer, their card and every consent they ticked in one
 * transaction, or nothing. The card's QR code carries a random number, never the e-mail or the name.
 */
public final class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);
    public static final String QR_PREFIX = "CSCARD:";
    public static final int MAX_NAME = 100;
    /** The {@code customer} columns (V1): {@code email varchar(200)}, {@code phone varchar(40)}. */
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;
    /** The languages a customer can be served in, and so the only ones stored as their preference. */
    public static final Set<String> LANGUAGES = Set.of("en", "nl", "da");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,150}\\.[^@\\s.]{2,24}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the customer typed. E-mail and phone may be empty. */
    public record SignUp(String firstName, String lastName, String email, String phone, String language) {
    }

    /** A sign-up's outcome: the new card and the consents as they now stand. */
    public record SignedUp(CardView card, List<ConsentView> consents) {
    }

    private final Transactor tx;
    private final ConsentService consents;
    private final StoreService stores;
    private final Clock clock;

    public CustomerService(Transactor tx, ConsentService consents, StoreService stores, Clock clock) {
        this.tx = tx;
        this.consents = consents;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Signs a customer up with the purposes they ticked (purpose → 3, 6 or 12 months; none ticked is a
     * plain loyalty card), signed with a drawing when anything is ticked.
     *
     * @throws SignUpRefusedException with the problem; nothing is stored
     */
    public SignedUp signUp(SignUp who, Map<Purpose, Integer> monthsByPurpose, byte[] signaturePng, Channel channel,
                           String terminalCode) {
        String first = clean(who.firstName());
        String last = clean(who.lastName());
        String email = clean(who.email());
        String phone = clean(who.phone());
        String language = who.language() == null ? "en" : who.language().strip();
        SignUpProblem problem = problem(first, last, email, phone, language);
        if (problem == null && !monthsByPurpose.isEmpty() && (signaturePng == null || signaturePng.length == 0)) {
            problem = SignUpProblem.NO_SIGNATURE;
        }
        if (problem == null && monthsByPurpose.values().stream()
                .anyMatch(m -> m == null || !ConsentService.DURATIONS.contains(m))) {
            problem = SignUpProblem.BAD_DURATION;
        }
        if (problem != null) {
            throw new SignUpRefusedException(problem);
        }
        Instant now = clock.instant();
        SignedUp done = null;
        for (int attempt = 1; done == null; attempt++) {
            // A new random number, unique by the table's constraint: the kiosk cannot look cards up to check
            // (it reads only the card it was shown), so a number taken meanwhile fails the insert and we draw again.
            String number = newCardNumber();
            try {
                done = signUpWith(number, first, last, email, phone, language, monthsByPurpose, signaturePng, channel,
                        terminalCode, now);
            } catch (RuntimeException e) {
                if (attempt >= 5 || !Transactor.isConflict(e)) {
                    throw e;
                }
                log.info("A new card number was taken meanwhile; drawing another");
            }
        }
        log.info("Customer {} signed up at {} ({}) with {}", done.card().customerId(), terminalCode, channel,
                monthsByPurpose.keySet());
        return done;
    }

    private SignedUp signUpWith(String number, String first, String last, String email, String phone,
                                String language, Map<Purpose, Integer> monthsByPurpose, byte[] signaturePng,
                                Channel channel, String terminalCode, Instant now) {
        // as the holder of the new card: the consent views read back the facts just written
        return tx.asHolderOf(number).write(session -> {
            Customer customer = new Customer(first, last, email.isEmpty() ? null : email,
                    phone.isEmpty() ? null : phone, language, now);
            session.persist(customer);
            LoyaltyCard card = new LoyaltyCard(number, customer, now);
            session.persist(card);
            session.flush();
            List<ConsentView> consents = new ArrayList<>();
            ConsentService holder = this.consents.asHolderOf(number); // joins this unit of work, as the new card's
            for (Purpose purpose : Purpose.values()) {
                Integer months = monthsByPurpose.get(purpose);
                if (months != null) {
                    consents.add(holder.grantJoining(customer.getId(), ConsentText.current(purpose, language),
                            months, channel, terminalCode, signaturePng, now));
                }
            }
            return new SignedUp(view(card), consents);
        });
    }

    /**
     * The same service, reading as the holder of the card the customer showed ({@link Transactor#asHolderOf}): how
     * the kiosk erases an account.
     */
    public CustomerService asHolderOf(String cardNumber) {
        return new CustomerService(tx.asHolderOf(cardNumber), consents.asHolderOf(cardNumber), stores, clock);
    }

    /** Whether a scanned code is a loyalty card (its QR payload, or its 16 digits) rather than a product. */
    public static boolean isCardCode(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        return code.startsWith(QR_PREFIX) || code.matches("[0-9]{16}");
    }

    /** The card a scanned QR code (or typed card number) names, whatever its status. */
    public Optional<CardView> card(String scanned) {
        String cardNumber = cardNumberIn(scanned);
        if (cardNumber == null) {
            return Optional.empty();
        }
        // the card row alone: a blocked card shows the kiosk its own row but not its holder (CardViews); inside the
        // caller's unit of work as this card's holder when there is one (Transactor#readJoining)
        return tx.asHolderOf(cardNumber).readJoining(session -> session.createSelectionQuery(
                        "from LoyaltyCard c where c.cardNumber = :n", LoyaltyCard.class)
                .setParameter("n", cardNumber)
                .uniqueResultOptional()
                .map(CustomerService::view));
    }

    /** A card as a clerk sees it at the counter: whose it is, and whether it still works. */
    public record CardHolder(CardView card, String firstName, String lastName, Instant customerSince,
                             Instant issuedAt) {
    }

    /**
     * A clerk opens the holder of a scanned or typed card. Reading their name is reading personal data, so
     * it is written to the staff access log in the same transaction, with the reason; an unknown card opens
     * nobody and logs nothing.
     */
    public Optional<CardHolder> cardHolderForStaff(String scanned, AccessLog log, StaffSession staff,
                                                   String terminalCode, String reason) {
        String number = cardNumberIn(scanned);
        if (number == null) {
            return Optional.empty();
        }
        return log.readLogged(session -> byNumber(session, number).map(card -> new CardHolder(view(card),
                        card.customer().firstName(), card.customer().lastName(), card.customer().createdAt(),
                        card.issuedAt())),
                holder -> holder.card().customerId(), staff, terminalCode, reason);
    }

    /** The 16-digit card number in a scanned QR payload or typed number, or null when it holds none. */
    public static String cardNumberIn(String scanned) {
        String number = scanned == null ? "" : scanned.strip();
        if (number.startsWith(QR_PREFIX)) {
            number = number.substring(QR_PREFIX.length());
        }
        return number.matches("[0-9]{16}") ? number : null;
    }

    /**
     * An active card whose holder allows every one of {@code purposes} now and bought something in
     * {@code storeCode}: for demos and screenshots.
     */
    public Optional<String> someCardAllowing(String storeCode, Purpose... purposes) {
        Instant now = clock.instant();
        return tx.read(session -> {
            List<Object[]> cards = session.createSelectionQuery(
                            "select k.cardNumber, k.customer.id from LoyaltyCard k where k.status = :active"
                                    + " and exists (select 1 from Sale s where s.customer = k.customer"
                                    + " and s.store.code = :store) order by k.id", Object[].class)
                    .setParameter("active", CardStatus.ACTIVE)
                    .setParameter("store", storeCode)
                    .getResultList();
            for (Object[] card : cards) {
                long customer = (Long) card[1];
                if (Arrays.stream(purposes).allMatch(p -> consents.allows(customer, p, now))) {
                    return Optional.of((String) card[0]);
                }
            }
            return Optional.empty();
        });
    }

    /**
     * A lost card: blocked for good, and a new number for the same customer. Staff only: the sign-in is
     * checked in the same transaction (and the kiosk's database user cannot update cards at all).
     */
    public CardView blockAndReplace(String cardNumber, StaffSession staff) {
        CardView replacement = tx.write(session -> {
            stores.signedIn(staff, null, clock.instant()); // joins this unit of work
            LoyaltyCard lost = byNumber(session, cardNumber)
                    .orElseThrow(() -> new IllegalArgumentException("No card " + cardNumber));
            lost.block();
            String number = newCardNumber();
            while (byNumber(session, number).isPresent()) {
                number = newCardNumber();
            }
            LoyaltyCard card = new LoyaltyCard(number, lost.customer(), clock.instant());
            session.persist(card);
            return view(card);
        });
        log.info("A card of customer {} was blocked and replaced by staff member {}", replacement.customerId(),
                staff.staffId());
        return replacement;
    }

    /**
     * The numbers of every card the customer ever had, read inside the caller's unit of work
     * ({@link Transactor#writeJoining}): erasure asks for them first.
     *
     * @throws IllegalArgumentException when there is no such customer (erased meanwhile, say)
     */
    public List<String> cardNumbersOf(long customerId) {
        return tx.writeJoining(session -> {
            if (session.find(Customer.class, customerId) == null) {
                throw new IllegalArgumentException("Unknown customer " + customerId);
            }
            return session.createSelectionQuery("select c.cardNumber from LoyaltyCard c where c.customer.id = :c",
                            String.class)
                    .setParameter("c", customerId).getResultList();
        });
    }

    /**
     * Erasure's step for customers, its last: the customer's cards and the customer themselves go (name, contact
     * details). Joins the caller's unit of work ({@link Transactor#writeJoining}).
     *
     * @throws IllegalArgumentException when there is no such customer
     */
    public void forget(long customerId) {
        tx.writeJoining(session -> {
            Customer customer = session.find(Customer.class, customerId);
            if (customer == null) {
                throw new IllegalArgumentException("Unknown customer " + customerId);
            }
            session.createMutationQuery("delete from LoyaltyCard c where c.customer = :c")
                    .setParameter("c", customer).executeUpdate();
            session.remove(customer);
            return null;
        });
    }

    /** A card and what another capability needs of its holder: their first name and the language they chose. */
    public record Holder(CardView card, String firstName, String preferredLanguage) {
    }

    /**
     * The card with this number and its holder, whatever the card's status; read inside the caller's unit of work
     * when there is one ({@link Transactor#readJoining}), so another capability asks in the transaction that uses
     * the answer (an arrival stored, an order placed by the holder). Empty when no card has this number, or its
     * holder is not to be read (the kiosk reads a holder only as the holder of the card: use {@link #asHolderOf}).
     */
    public Optional<Holder> holderOf(String number) {
        return tx.readJoining(session -> byNumber(session, number).map(card -> new Holder(view(card),
                card.customer().firstName(), card.customer().preferredLanguage())));
    }

    private static Optional<LoyaltyCard> byNumber(Session session, String number) {
        return session.createSelectionQuery("from LoyaltyCard c join fetch c.customer where c.cardNumber = :n",
                        LoyaltyCard.class)
                .setParameter("n", number)
                .uniqueResultOptional();
    }

    /** 16 random digits; the table's unique constraint is what keeps two cards apart. */
    private static String newCardNumber() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    private static CardView view(LoyaltyCard card) {
        return new CardView(card.customer().getId(), card.cardNumber(), card.status(),
                QR_PREFIX + card.cardNumber());
    }

    /**
     * What is wrong with the typed fields, checked against the columns they go into and what the export can
     * write, or null when nothing is. Length is checked before any pattern, so a pasted essay costs nothing.
     */
    static SignUpProblem problem(String first, String last, String email, String phone, String language) {
        if (first.isEmpty()) {
            return SignUpProblem.EMPTY_NAME;
        }
        if (first.length() > MAX_NAME || last.length() > MAX_NAME) {
            return SignUpProblem.NAME_TOO_LONG;
        }
        if (!StoredText.storable(first) || !StoredText.storable(last)) {
            return SignUpProblem.NAME_UNREADABLE;
        }
        if (email.length() > MAX_EMAIL) {
            return SignUpProblem.EMAIL_TOO_LONG;
        }
        if (!email.isEmpty() && (!StoredText.storable(email) || !EMAIL.matcher(email).matches())) {
            return SignUpProblem.BAD_EMAIL;
        }
        if (!phone.isEmpty() && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
            return SignUpProblem.BAD_PHONE;
        }
        if (!LANGUAGES.contains(language)) {
            return SignUpProblem.UNSUPPORTED_LANGUAGE;
        }
        return null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** What we hold about the customer themselves, as their export shows it. */
    public record Details(long id, String firstName, String lastName, String email, String phone,
                          String preferredLanguage, Instant createdAt) {
    }

    /**
     * The customer's own details and every card they ever had (oldest first), read inside the caller's unit of work
     * when there is one ({@link Transactor#readJoining}).
     *
     * @throws IllegalArgumentException when there is no such customer
     */
    public Details details(long customerId) {
        return tx.readJoining(session -> {
            Customer c = session.find(Customer.class, customerId);
            if (c == null) {
                throw new IllegalArgumentException("Unknown customer " + customerId);
            }
            return new Details(c.getId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.preferredLanguage(),
                    c.createdAt());
        });
    }

    /** Every card the customer ever had, oldest first, inside the caller's unit of work when there is one. */
    public List<CardView> cardsOf(long customerId) {
        return tx.readJoining(session -> session.createSelectionQuery(
                        "from LoyaltyCard k where k.customer.id = :c order by k.issuedAt", LoyaltyCard.class)
                .setParameter("c", customerId).getResultList().stream()
                .map(CustomerService::view).toList());
    }
}
