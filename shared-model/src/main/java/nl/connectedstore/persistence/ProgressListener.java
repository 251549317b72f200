package nl.connectedstore.persistence;

/**
 * Reports long work to whoever shows it. {@code messageKey} is a resource-bundle key so the
 * person in front of the screen reads it in their language; {@code fraction} is 0..1, or -1 when unknown.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, messageKey) -> { };

    void progress(double fraction, String messageKey);
}
