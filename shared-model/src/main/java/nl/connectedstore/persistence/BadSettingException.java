package nl.connectedstore.persistence;

/**
 * A setting (a command-line option, an environment variable, a chain setting) whose value cannot be used.
 * {@link #setting()} names it, which is what a screen shows in the reader's language; the English message says why,
 * for the log.
 */
public class BadSettingException extends IllegalArgumentException {

    private final String setting;

    public BadSettingException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public BadSettingException(String setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    /** The setting's name as it is typed ({@code db-url}, {@code h2-port}, {@code store}). */
    public String setting() {
        return setting;
    }
}
