package nl.connectedstore.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The exact words a customer read before ticking a purpose: versioned resources
 * ({@code consent/<version>/<PURPOSE>_<language>.txt}), never edited once released: a new wording is a new
 * version folder. A consent fact keeps the version and the SHA-256 of the text, so it can be shown later
 * that this text, and no other, was shown.
 */
public record ConsentText(Purpose purpose, String language, String version, String text, String sha256) {

    /** v2: the Dutch texts speak to the customer as "je" (v1 said "u"); English and Danish unchanged. */
    public static final String CURRENT_VERSION = "v2";

    public static ConsentText current(Purpose purpose, String language) {
        return of(CURRENT_VERSION, purpose, language);
    }

    public static ConsentText of(String version, Purpose purpose, String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        String path = "/consent/" + version + "/" + purpose.name() + "_" + lang + ".txt";
        try (InputStream in = ConsentText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No consent text " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ConsentText(purpose, lang, version, text, sha256(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
