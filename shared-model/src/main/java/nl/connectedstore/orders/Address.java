package nl.connectedstore.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.connectedstore.persistence.StoredText;

/**
 * A home-delivery address, checked per country: the Netherlands ("1234 AB"; SA, SD and SS are never used),
 * Belgium (4 digits, 1000-9999) and Denmark (4 digits, 0800-9999). {@link #problems()} lists everything
 * wrong at once so the form can mark every field; {@link #normalised()} writes the postcode the way the
 * post expects it.
 */
public record Address(String name, String street, String postcode, String city, String countryCode) {

    public static final List<String> COUNTRIES = List.of("NL", "BE", "DK");
    private static final Pattern NL = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");
    private static final Pattern BE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern DK = Pattern.compile("0[89][0-9]{2}|[1-9][0-9]{3}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*");

    /** What is wrong with one field; the form shows each next to its field. */
    public enum Problem {
        NAME_MISSING, NAME_TOO_LONG, NAME_UNREADABLE, STREET_MISSING, HOUSE_NUMBER_MISSING, STREET_TOO_LONG,
        STREET_UNREADABLE, POSTCODE_MISSING, POSTCODE_INVALID, CITY_MISSING, CITY_TOO_LONG, CITY_UNREADABLE,
        COUNTRY_NOT_SERVED
    }

    /** The columns of {@code customer_order} (V7) that hold a delivery address. */
    static final int MAX_NAME = 100;
    static final int MAX_STREET = 200;
    static final int MAX_CITY = 100;

    public Address {
        name = strip(name);
        street = strip(street);
        postcode = asciiUpperCase(strip(postcode));
        city = strip(city);
        countryCode = asciiUpperCase(strip(countryCode));
    }

    /** Upper-cases a-z only: "ß" must not become "SS", nor "ﬀ" a valid "FF" postcode. */
    private static String asciiUpperCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    private static String strip(String s) {
        return Objects.requireNonNullElse(s, "").strip().replaceAll("\\s+", " ");
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(Problem.NAME_MISSING);
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.NAME_TOO_LONG);
        } else if (!StoredText.storable(name)) {
            problems.add(Problem.NAME_UNREADABLE);
        }
        if (street.isEmpty()) {
            problems.add(Problem.STREET_MISSING);
        } else if (street.length() > MAX_STREET) {
            problems.add(Problem.STREET_TOO_LONG);
        } else if (!StoredText.storable(street)) {
            problems.add(Problem.STREET_UNREADABLE);
        } else if (!HOUSE_NUMBER.matcher(street).matches()) {
            problems.add(Problem.HOUSE_NUMBER_MISSING);
        }
        if (city.isEmpty()) {
            problems.add(Problem.CITY_MISSING);
        } else if (city.length() > MAX_CITY) {
            problems.add(Problem.CITY_TOO_LONG);
        } else if (!StoredText.storable(city)) {
            problems.add(Problem.CITY_UNREADABLE);
        }
        if (!COUNTRIES.contains(countryCode)) {
            problems.add(Problem.COUNTRY_NOT_SERVED);
        } else if (postcode.isEmpty()) {
            problems.add(Problem.POSTCODE_MISSING);
        } else if (postcodeProblem()) {
            problems.add(Problem.POSTCODE_INVALID);
        }
        return problems;
    }

    public boolean valid() {
        return problems().isEmpty();
    }

    private String bare() {
        String code = postcode;
        for (String prefix : List.of(countryCode + "-", countryCode + " ")) {
            if (code.startsWith(prefix)) {
                code = code.substring(prefix.length());
            }
        }
        return code;
    }

    private boolean postcodeProblem() {
        String code = bare();
        return switch (countryCode) {
            case "NL" -> {
                var m = NL.matcher(code);
                yield !m.matches() || List.of("SA", "SD", "SS").contains(m.group(2));
            }
            case "BE" -> !BE.matcher(code).matches();
            case "DK" -> !DK.matcher(code).matches();
            default -> true;
        };
    }

    /** The same address with the postcode as the post writes it ("1012AB" becomes "1012 AB"). */
    public Address normalised() {
        if (!valid()) {
            throw new IllegalStateException("Not a valid address: " + problems());
        }
        String code = bare();
        if (countryCode.equals("NL")) {
            var m = NL.matcher(code);
            m.matches();
            code = m.group(1) + " " + m.group(2);
        }
        return new Address(name, street, code, city, countryCode);
    }

    /** On one line, as the counter and the order show it. */
    public String oneLine() {
        return name + ", " + street + ", " + postcode + " " + city + ", " + countryCode;
    }
}
