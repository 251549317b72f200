package nl.connectedstore.ui;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.connectedstore.consent.Channel;
import nl.connectedstore.consent.Purpose;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.customers.SignUpRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loyalty sign-up, at a kiosk or with a clerk at the counter: what was typed, which purposes were ticked and for
 * how long (nothing ticked to start with, 6 months preset), and the sign-up itself as a {@link StoringCommand}: a
 * double tap on "Get my card" makes one customer, however slow the database. A refusal says why as a message key
 * ({@code signup.problem.<PROBLEM>}, the rule is {@link CustomerService#signUp}'s) and keeps what was typed; nothing
 * of it was stored. Plain Java: the view binds its fields to these properties and hands in the drawn signature.
 */
public final class SignUpPresenter {

    private static final Logger log = LoggerFactory.getLogger(SignUpPresenter.class);
    /** The duration each purpose starts with when ticked. */
    public static final int PRESET_MONTHS = 6;

    private final CustomerService customers;
    private final Channel channel;
    private final String terminalCode;
    private final String language;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final Map<Purpose, BooleanProperty> ticked = new EnumMap<>(Purpose.class);
    private final Map<Purpose, IntegerProperty> months = new EnumMap<>(Purpose.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<CustomerService.SignedUp> signedUp = new ReadOnlyObjectWrapper<>();
    private final StoringCommand<CustomerService.SignedUp> signUp;

    /**
     * @param channel  where the consents say they were given (the kiosk, or the counter with a clerk beside them)
     * @param language the language the customer signs up in (their texts, their card's language)
     */
    public SignUpPresenter(CustomerService customers, TaskExecutor executor, Channel channel, String terminalCode,
                           String language) {
        this.customers = customers;
        this.channel = channel;
        this.terminalCode = terminalCode;
        this.language = language;
        this.signUp = new StoringCommand<>(executor);
        for (Purpose purpose : Purpose.values()) {
            ticked.put(purpose, new SimpleBooleanProperty(false));
            months.put(purpose, new SimpleIntegerProperty(PRESET_MONTHS));
        }
    }

    /**
     * "Get my card", signed with {@code signaturePng} (empty when nothing was drawn). A tap while the first is being
     * stored does nothing; a tap after it was stored shows the same card again.
     */
    public void signUp(byte[] signaturePng) {
        Map<Purpose, Integer> chosen = chosen();
        CustomerService.SignUp who = new CustomerService.SignUp(firstName.get(), lastName.get(), email.get(),
                phone.get(), language);
        byte[] png = signaturePng == null ? new byte[0] : signaturePng;
        signUp.run(progress -> customers.signUp(who, chosen, png, channel, terminalCode), done -> {
            problem.set(null);
            signedUp.set(done);
        }, e -> {
            if (e instanceof SignUpRefusedException refused) {
                problem.set("signup.problem." + refused.problem().name());
            } else {
                log.error("Sign-up at {} failed", terminalCode, e);
                problem.set("signup.failed");
            }
        });
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** Whether the customer ticked {@code purpose}: never ticked for them. */
    public BooleanProperty tickedProperty(Purpose purpose) {
        return ticked.get(purpose);
    }

    /** For how many months {@code purpose} is given when ticked (3, 6 or 12; 0 when none is chosen). */
    public IntegerProperty monthsProperty(Purpose purpose) {
        return months.get(purpose);
    }

    /** Why the last try was refused, as a message key; null when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String problem() {
        return problem.get();
    }

    /** The new card and the consents as they stand, once signed up; null before. */
    public ReadOnlyObjectProperty<CustomerService.SignedUp> signedUpProperty() {
        return signedUp.getReadOnlyProperty();
    }

    public CustomerService.SignedUp signedUp() {
        return signedUp.get();
    }

    /** True when a tap would sign up: neither storing now nor signed up already. */
    public ReadOnlyBooleanProperty readyProperty() {
        return signUp.readyProperty();
    }

    /** True while the sign-up is being stored: a spinner on the button. */
    public ReadOnlyBooleanProperty busyProperty() {
        return signUp.runningProperty();
    }

    /** The purposes ticked, for how long (what a tap would give). */
    public Map<Purpose, Integer> chosen() {
        Map<Purpose, Integer> chosen = new EnumMap<>(Purpose.class);
        ticked.forEach((purpose, tick) -> {
            if (tick.get()) {
                chosen.put(purpose, months.get(purpose).get());
            }
        });
        return Collections.unmodifiableMap(chosen);
    }
}
