package nl.connectedstore.privacy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a customer's personal data can be, in one list: every column that holds something about a person or
 * points at one, and, so that nothing is overlooked, every other text or binary column with the reason it is
 * not personal. {@code PersonalDataTest} reads the schema and fails when a migration adds a column to neither
 * list, so whoever adds one decides, here, whether erasure must clear it.
 *
 * <p>Erasure ({@link Erasure#erase}) deletes or clears every {@link #PERSONAL} column for the customer,
 * then has the database rewrite the freed pages of {@link #REWRITTEN}. Staff data (names, PIN hashes) is not
 * customer data and is listed as such.
 */
public final class PersonalData {

    /** table -> columns that describe a customer or link a row to one. */
    public static final Map<String, Set<String>> PERSONAL = Map.ofEntries(
            Map.entry("customer", Set.of("id", "first_name", "last_name", "email", "phone", "preferred_language",
                    "created_at")),
            Map.entry("loyalty_card", Set.of("card_number", "customer_id")),
            Map.entry("consent_fact", Set.of("customer_id", "signature_png")),
            Map.entry("arrival", Set.of("customer_id")),
            Map.entry("sale", Set.of("customer_id")),
            Map.entry("reservation", Set.of("customer_id")),
            Map.entry("customer_order", Set.of("customer_id")),
            Map.entry("order_delivery", Set.of("order_id", "name", "street", "postcode", "city")),
            // a wish to be erased: the card number, until it is carried out
            Map.entry("erasure_request", Set.of("card_number")),
            // the staff access log keeps the erased customer's old number, which no longer leads to anyone
            Map.entry("profile_access", Set.of("customer_id")),
            // who gave a feedback response (only with recognition allowed): erasure deletes the link, the answer stays
            Map.entry("feedback_author", Set.of("customer_id")));

    /** Text and binary columns that hold nothing about a customer ("table.column"), and why. */
    public static final Map<String, String> NOT_PERSONAL = notPersonal();

    /** The tables that erasure changes. */
    public static final List<String> TABLES = List.copyOf(new TreeSet<>(PERSONAL.keySet()));

    /**
     * The tables whose erased values say who someone is (a name, an e-mail, a card number, a signature, an
     * address): after an erasure the database rewrites them, so no old copy of a row stays in its files. The other
     * {@link #TABLES} only lose a link ({@code customer_id}); an old copy of such a row holds a number that leads to
     * nobody once the customer's own row is gone (as the access log keeps it on purpose), and PostgreSQL's
     * {@code VACUUM FULL} of {@code sale} would stop every till for seconds per million sales (2.7 s measured).
     */
    public static final List<String> REWRITTEN = TABLES.stream()
            .filter(table -> !Set.of("customer_id").containsAll(PERSONAL.get(table))).toList();

    private PersonalData() {
    }

    private static Map<String, String> notPersonal() {
        Map<String, String> why = new TreeMap<>();
        for (String c : List.of("store.code", "store.name", "store.city", "store.kind", "store.country_code",
                "store.currency_code", "vat_rate.country_code", "vat_rate.vat_class", "terminal.code",
                "terminal.name", "terminal.kind", "category.code", "category.name", "product.gtin", "product.name",
                "product.brand", "product.description", "product.vat_class", "product.sort_name",
                "product.scale_code", "product_price.currency_code", "product_search_term.term",
                "product_search_term.sort_name", "product_text_term.term", "product_text_term.language",
                "product_text_term.sort_name", "product_text.language", "product_text.name",
                "product_text.description", "product_text.sort_name", "store_text.language", "store_text.name", "sale.currency_code", "app_setting.setting_name",
                "app_setting.setting_value", "assistance_request.kind", "assistance_request.status",
                "suggestion_outcome.reason", "reservation.status", "order_line.product_name",
                "customer_order.code", "customer_order.terminal_code", "customer_order.fulfilment",
                "customer_order.delivery_country", "customer_order.currency_code", "customer_order.status",
                "customer_order.payment_choice", "customer_order.payment_reference", "customer_order.language",
                "order_event.kind", "customer_order.notice", "erasure_request.terminal_code", "loyalty_card.status", "consent_fact.purpose", "consent_fact.kind",
                "consent_fact.channel", "consent_fact.terminal_code", "consent_fact.text_version",
                "consent_fact.text_hash", "consent_fact.language", "profile_access.terminal_code",
                "profile_access.reason", "profile_access.prev_hash", "profile_access.entry_hash",
                "arrival.terminal_code")) {
            why.put(c, "the shop, its catalogue, or how something was done: nothing about a customer");
        }
        why.put("access_log_key.secret_hex", "the access log's signing key");
        why.put("access_log_head.entry_mac", "the access log's anchor");
        why.put("access_log_head.head_mac", "the access log's anchor");
        why.put("pin_entry_state.unlocked_by", "the manager who unlocked PIN entry at a counter");
        why.put("pin_failure.terminal_code", "where a wrong staff PIN was typed (never the PIN)");
        why.put("pin_failure.place", "sign-in, age check, help call or PIN change");
        why.put("pin_failure.outcome", "why the PIN was refused");
        why.put("payment_to_resolve.case_code", "a card payment approved without a sale: case number");
        why.put("payment_to_resolve.terminal_code", "where it was paid");
        why.put("payment_to_resolve.currency_code", "amount's currency");
        why.put("payment_to_resolve.terminal_reference", "the card terminal's reference: no card number");
        why.put("payment_to_resolve.order_code", "the web order it was for");
        why.put("payment_to_resolve.what_failed", "the database error's first line");
        why.put("payment_to_resolve.status", "open or resolved");
        why.put("payment_to_resolve.resolution", "how staff resolved it");
        why.put("payment_to_resolve.resolved_by", "the member of staff who resolved it");
        why.put("payment.method", "card or cash; no card data is ever stored");
        why.put("payment.status", "approved or declined");
        why.put("payment.reference", "the card terminal's own reference: no card number");
        why.put("staff_member.name", "staff, not customers (staff data has its own rules)");
        why.put("staff_member.role", "staff role");
        why.put("staff_member.pin_hash", "staff PIN hash");
        why.put("staff_member.language", "the language a member of staff reads the counter in");
        why.put("profile_access.staff_name", "who of the staff looked");
        why.put("order_event.done_by", "a terminal code or a staff member's name");
        why.put("assistance_answer.status", "approved, refused or done");
        why.put("assistance_answer.staff_name", "the member of staff who answered");
        why.put("staff_session.terminal_code", "the counter a member of staff signed in at");
        why.put("feedback_response.terminal_code", "where feedback was given");
        why.put("feedback_response.channel", "self-checkout, web order or counter");
        why.put("feedback_response.language", "the language the screen was in");
        why.put("feedback_response.comment_text", "a feedback comment: linked to nobody once feedback_author's row"
                + " is gone (docs/decisions/0008-customer-feedback.md)");
        return Collections.unmodifiableMap(why);
    }
}
