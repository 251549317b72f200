package nl.connectedstore.counter;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.connectedstore.store.StaffSession;
import nl.connectedstore.store.StoreService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the whole counter speaks. At the sign-in screen: this counter's own (the store's, or what the
 * counter was started in), which anyone may switch for the moment. Signed in: the clerk's own language (a staff
 * setting), and what they switch to in the top bar is stored as their setting, so the next sign-in, at any counter,
 * speaks it too. Signing out goes back to the counter's own. Plain Java: the shell redraws the screens when
 * {@link #languageProperty()} changes.
 */
final class LanguagePresenter {

    private static final Logger log = LoggerFactory.getLogger(LanguagePresenter.class);

    private final StoreService stores;
    private final TaskExecutor executor;
    private final Locale counterDefault;
    private final ReadOnlyObjectWrapper<Locale> language;
    private final ReadOnlyObjectWrapper<Said> notice = new ReadOnlyObjectWrapper<>();
    private StaffSession staff;
    /** The language being stored for {@link #staff} now, or null; a later choice waits for it, then is stored. */
    private String storing;

    /** @param counterDefault the language (with the store's country, for money) this counter starts in */
    LanguagePresenter(StoreService stores, Locale counterDefault, TaskExecutor executor) {
        this.stores = stores;
        this.executor = executor;
        this.counterDefault = counterDefault;
        this.language = new ReadOnlyObjectWrapper<>(counterDefault);
    }

    /** The languages to choose from, as ISO 639 codes (en, nl, da). */
    List<String> choices() {
        return StoreService.LANGUAGES;
    }

    /**
     * Speaks {@code code} (en, nl, da) from now on; with someone signed in, stores it as theirs. Choosing the
     * language already spoken does nothing.
     */
    void choose(String code) {
        if (!choices().contains(code) || code.equals(language.get().getLanguage())) {
            return;
        }
        notice.set(null);
        language.set(new Locale(code, counterDefault.getCountry()));
        if (staff != null) {
            store();
        }
    }

    /** {@code signedIn} is at the counter now: it speaks their language, or keeps the one shown when they have none. */
    void signedIn(StaffSession signedIn) {
        this.staff = signedIn;
        this.storing = null;
        notice.set(null);
        String theirs = signedIn.language();
        if (theirs != null && choices().contains(theirs)) {
            language.set(new Locale(theirs, counterDefault.getCountry()));
        }
    }

    /** Nobody is signed in any more: back to the counter's own language. */
    void signedOut() {
        staff = null;
        storing = null;
        notice.set(null);
        language.set(counterDefault);
    }

    /** Stores what is spoken now as the signed-in clerk's language; one store at a time, the last choice wins. */
    private void store() {
        if (storing != null) {
            return; // the running one stores again when it ends, if the choice changed meanwhile
        }
        StaffSession who = staff;
        String code = language.get().getLanguage();
        storing = code;
        executor.execute(BackgroundTask.of(progress -> stores.chooseLanguage(who, code))
                .onSuccess(stored -> {
                    if (staff != who) {
                        return; // signed out (or someone else signed in) meanwhile
                    }
                    staff = stored;
                    storing = null;
                    if (!code.equals(language.get().getLanguage())) {
                        store();
                    }
                })
                .onFailure(failure -> {
                    log.warn("Storing the language of staff member {} failed: {}", who.staffId(), failure.toString());
                    if (staff != who) {
                        return;
                    }
                    storing = null;
                    notice.set(Said.of("counter.language.notStored"));
                }));
    }

    /** The language the counter speaks now, with the store's country (for money). */
    Locale language() {
        return language.get();
    }

    ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /** Why the choice was not kept for the next sign-in, or null. */
    ReadOnlyObjectProperty<Said> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Who is signed in, with the language stored for them, or null at the sign-in screen. */
    StaffSession staff() {
        return staff;
    }
}
