package nl.connectedstore.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.connectedstore.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every string a person reads, in their language, and money formatted the way they read it. */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "nl.connectedstore.ui.messages";
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("da"));

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @param locale language (en, nl, da) and, for money formats, the store's country */
    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /** The language a store's customers most likely read. */
    public static Locale defaultLocaleFor(String countryCode) {
        return switch (countryCode) {
            case "DK" -> new Locale("da", "DK");
            case "BE" -> new Locale("nl", "BE");
            default -> new Locale("nl", "NL");
        };
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.error("Missing text '{}' for {}", key, locale);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A key that may not exist (e.g. a category added by a chain): falls back to the given text. */
    public String getOrDefault(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? new Locale(locale.getLanguage(), "NL") : locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }

    /**
     * A day, written the one way this language writes days on every screen ("29 Nov 2026", "29 nov. 2026",
     * "29. nov. 2026"): a {@link java.time.LocalDate}, or an {@link java.time.Instant} in this machine's time zone.
     */
    public String date(TemporalAccessor day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(day);
    }

    /** A moment, as {@link #date} and the time of day ("29 nov. 2026 10:05"), in this machine's time zone. */
    public String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault())
                .format(at);
    }

    /** As {@link #dateTime(java.time.Instant)}, in {@code zone} (a store's own). */
    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
    }

    /** The time of day of a moment today ("10:05", "10.05"), in this machine's time zone. */
    public String time(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(at);
    }
}
