package nl.connectedstore.persistence;

/** The database could not be opened or reached. Carries the URL tried (never the password) for the message. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String url;

    public DatabaseUnavailableException(String url, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
