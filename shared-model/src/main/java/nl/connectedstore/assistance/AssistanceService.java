package nl.connectedstore.assistance;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.connectedstore.catalog.ProductTexts;
import nl.connectedstore.persistence.Transactor;
import nl.connectedstore.store.PinCheck;
import nl.connectedstore.store.PinPlace;
import nl.connectedstore.store.StaffMember;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.store.Terminal;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kiosks ask for staff, the counter answers. Both sides poll: the counter the open requests of its store,
 * the kiosk the request it waits for (one indexed row each time; see docs/decisions/0002).
 */
public final class AssistanceService {

    private static final Logger log = LoggerFactory.getLogger(AssistanceService.class);

    /** How a clerk's answer went. */
    public sealed interface Outcome {
        record Answered(AssistanceView request) implements Outcome {
        }

        /**
         * The PIN was refused (wrong, not a PIN, or PIN entry at this counter paused or locked: see
         * {@link nl.connectedstore.store.PinGuard}); nothing changed.
         */
        record PinRefused(PinCheck.Refused why) implements Outcome {
        }

        /** Someone else answered first, or the customer cancelled. */
        record AlreadyAnswered(AssistanceView request) implements Outcome {
        }
    }

    private final Transactor tx;
    private final StoreService stores;
    private final Clock clock;

    public AssistanceService(Transactor tx, StoreService stores, Clock clock) {
        this.tx = tx;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * An age check for one scanned item; the kiosk holds payment until it is answered. Kept for callers of this
     * service: the rule and the request live in {@link AgeChecks#request}.
     */
    public AssistanceView requestAgeCheck(String terminalCode, long productId) {
        return AgeChecks.request(tx, clock, terminalCode, productId);
    }

    /** "Call staff": one open help call per terminal, however often the button is pressed. */
    public AssistanceView callStaff(String terminalCode) {
        AssistanceView view = tx.write(session -> {
            Terminal terminal = terminal(session, terminalCode);
            Optional<AssistanceRequest> open = session.createSelectionQuery(
                            "from AssistanceRequest r where r.terminal = :terminal and r.kind = :kind"
                                    + " and r.status = :open", AssistanceRequest.class)
                    .setParameter("terminal", terminal)
                    .setParameter("kind", AssistanceKind.HELP)
                    .setParameter("open", AssistanceStatus.OPEN)
                    .setMaxResults(1)
                    .uniqueResultOptional();
            AssistanceRequest request = open.orElseGet(() -> {
                AssistanceRequest call = AssistanceRequest.help(terminal, clock.instant());
                session.persist(call);
                return call;
            });
            return view(request);
        });
        log.info("Help call {} from terminal {}", view.id(), terminalCode);
        return view;
    }

    /** One request as it stands now: what a waiting kiosk polls. */
    public AssistanceView get(long requestId) {
        return tx.read(session -> view(find(session, requestId),
                session.find(AssistanceAnswer.class, requestId)));
    }

    /** The store's open requests, oldest first: the counter's queue. */
    public List<AssistanceView> open(long storeId) {
        return open(storeId, null);
    }

    /**
     * As {@link #open(long)}, with each product named in {@code language} (the clerk's) where the catalogue has a
     * translation; null keeps the products' own names.
     */
    public List<AssistanceView> open(long storeId, Locale language) {
        return tx.read(session -> {
            List<AssistanceRequest> open = session.createSelectionQuery(
                            "from AssistanceRequest r join fetch r.terminal left join fetch r.product"
                                    + " where r.store.id = :store and r.status = :open order by r.createdAt, r.id",
                            AssistanceRequest.class)
                    .setParameter("store", storeId)
                    .setParameter("open", AssistanceStatus.OPEN)
                    .getResultList();
            Map<Long, String> names = language == null ? Map.of() : ProductTexts.names(tx,
                    open.stream().filter(r -> r.product() != null).map(r -> r.product().getId()).toList(), language);
            return open.stream().map(r -> {
                AssistanceView view = view(r);
                return r.product() == null ? view : new AssistanceView(view.id(), view.kind(), view.status(),
                        view.terminalCode(), view.terminalName(),
                        ProductTexts.name(names, r.product().getId(), view.productName()), view.minimumAge(),
                        view.createdAt(), view.answeredAt(), view.answeredBy());
            }).toList();
        });
    }

    /**
     * A clerk answers at counter {@code terminalCode}, confirming with their PIN (wiped afterwards; checked and
     * counted by the {@link nl.connectedstore.store.PinGuard} like a sign-in): APPROVED or REFUSED for an age
     * check, DONE for a help call. The request must be from the counter's store. The accepted PIN is a sign-in
     * for just this answer, ended after it.
     */
    public Outcome answer(long requestId, String terminalCode, char[] pin, AssistanceStatus answer) {
        PinPlace place;
        try {
            place = tx.read(session -> find(session, requestId).kind() == AssistanceKind.AGE_CHECK
                    ? PinPlace.AGE_CHECK : PinPlace.HELP_CALL);
        } catch (RuntimeException e) {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            throw e;
        }
        PinCheck check = stores.checkPin(terminalCode, place, pin);
        if (!(check instanceof PinCheck.Accepted clerk)) {
            return new Outcome.PinRefused((PinCheck.Refused) check);
        }
        StaffSession staff = clerk.staff();
        try {
            return answer(requestId, staff, answer);
        } finally {
            stores.signOut(staff);
        }
    }

    /**
     * A signed-in clerk answers. The sign-in is checked in the transaction that stores the answer (it must be
     * current; its staff member of the request's store), and the answer names the staff member of that sign-in.
     *
     * @throws nl.connectedstore.store.StaffSessionEndedException when the sign-in is not current
     */
    public Outcome answer(long requestId, StaffSession clerk, AssistanceStatus answer) {
        try {
            AssistanceView view = tx.write(session -> {
                AssistanceRequest request = find(session, requestId);
                Instant now = clock.instant();
                // joins this unit of work
                StoreService.OnDuty onDuty = stores.signedIn(clerk, null, now);
                StaffMember member = session.getReference(StaffMember.class, onDuty.staffId());
                if (onDuty.storeId() != request.store().getId()) {
                    throw new IllegalArgumentException("Request " + requestId + " is not this store's");
                }
                if (session.find(AssistanceAnswer.class, requestId) != null) {
                    throw new AlreadyAnsweredException(request.status());
                }
                request.answer(answer, member, now);
                AssistanceAnswer stored = new AssistanceAnswer(requestId, answer, onDuty.staffId(), onDuty.name(),
                        clerk.sessionId(), now);
                session.persist(stored);
                return view(request, stored);
            });
            log.info("Request {} answered {} by staff member {}", requestId, answer, clerk.staffId());
            return new Outcome.Answered(view);
        } catch (AlreadyAnsweredException e) {
            return new Outcome.AlreadyAnswered(get(requestId));
        } catch (RuntimeException e) {
            if (isLostRace(e)) {
                return new Outcome.AlreadyAnswered(get(requestId));
            }
            throw e;
        }
    }

    /** The customer no longer waits for it (item removed, session reset). Answered requests stay as they are. */
    public void cancel(long requestId) {
        try {
            tx.write(session -> {
                find(session, requestId).cancel(clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            // answered at the same moment: the answer stands
        }
    }

    private static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException) { // two answers at once
                return true;
            }
        }
        return false;
    }

    private static AssistanceRequest find(Session session, long id) {
        AssistanceRequest request = session.find(AssistanceRequest.class, id);
        if (request == null) {
            throw new IllegalArgumentException("Unknown assistance request " + id);
        }
        return request;
    }

    static Terminal terminal(Session session, String code) {
        return session.createSelectionQuery("from Terminal t join fetch t.store where t.code = :code", Terminal.class)
                .setParameter("code", code)
                .uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("Unknown terminal " + code));
    }

    /** A request nobody answered yet (open, or cancelled by its kiosk). */
    private static AssistanceView view(AssistanceRequest r) {
        return view(r, null);
    }

    /**
     * A request as it stands: answered only when there is an answer in {@code assistance_answer}, whatever its
     * own row says (the kiosk can update that row; it cannot write answers).
     */
    static AssistanceView view(AssistanceRequest r, AssistanceAnswer answer) {
        AssistanceStatus status = answer != null ? answer.status()
                : r.status() == AssistanceStatus.CANCELLED ? AssistanceStatus.CANCELLED : AssistanceStatus.OPEN;
        return new AssistanceView(r.getId(), r.kind(), status, r.terminal().code(), r.terminal().name(),
                r.product() == null ? "" : r.product().name(), r.minimumAge(), r.createdAt(),
                answer != null ? answer.answeredAt() : r.answeredAt(), answer == null ? "" : answer.staffName());
    }
}
