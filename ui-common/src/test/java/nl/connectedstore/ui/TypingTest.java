package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.connectedstore.ui.KeyboardLayout.Key;
import org.junit.jupiter.api.Test;

/** The on-screen keyboard's key logic without the toolkit: Shift, Backspace, the caret, and which keys each layout has. */
class TypingTest {

    private static final Locale NL = new Locale("nl", "NL");
    private static final Locale DA = new Locale("da", "DK");

    /** Types a string key by key into a field's text with its caret at the end, as the keyboard would. */
    private static String typeAll(Typing typing, String text, String keys) {
        for (char c : keys.toCharArray()) {
            Key key = c == ' ' ? new Key(Key.Kind.SPACE, "") : new Key(Key.Kind.CHARACTER, String.valueOf(c));
            text = Typing.apply(text, typing.type(key, text, text.length(), text.length()));
        }
        return text;
    }

    @Test
    void shiftOnceMakesOneCapitalThenLetsGo() {
        Typing typing = new Typing(NL);
        typing.tapShift();
        assertThat(typing.shift()).isEqualTo(Typing.Shift.ONCE);
        assertThat(typeAll(typing, "", "emma")).isEqualTo("Emma");
        assertThat(typing.shift()).isEqualTo(Typing.Shift.OFF);
    }

    @Test
    void shiftTwiceLocksCapitalsUntilTappedAgain() {
        Typing typing = new Typing(DA);
        typing.tapShift();
        typing.tapShift();
        assertThat(typeAll(typing, "", "søren")).isEqualTo("SØREN");
        typing.tapShift();
        assertThat(typeAll(typing, "SØREN", " å")).isEqualTo("SØREN å");
    }

    @Test
    void digitsAndSignsDoNotUseUpAOneOffShift() {
        Typing typing = new Typing(NL);
        typing.tapShift();
        assertThat(typeAll(typing, "", "12-é")).isEqualTo("12-É");
    }

    @Test
    void aNameStartsWithACapitalButAnEmailAndASearchDoNot() {
        Typing typing = new Typing(NL);
        typing.at(KeyboardLayout.NAME, 0);
        assertThat(typeAll(typing, "", "céline")).isEqualTo("Céline");
        typing.at(KeyboardLayout.NAME, 6);
        assertThat(typing.shift()).as("only the first letter").isEqualTo(Typing.Shift.OFF);
        typing.at(KeyboardLayout.EMAIL, 0);
        assertThat(typeAll(typing, "", "emma")).isEqualTo("emma");
        typing.at(KeyboardLayout.TEXT, 0);
        assertThat(typing.shift()).isEqualTo(Typing.Shift.OFF);
    }

    @Test
    void aTappedShiftOverridesTheNamesCapital() {
        Typing typing = new Typing(NL);
        typing.at(KeyboardLayout.NAME, 0);
        typing.tapShift(); // ONCE -> LOCKED
        typing.tapShift(); // LOCKED -> OFF: "de Vries"
        assertThat(typeAll(typing, "", "de")).isEqualTo("de");
    }

    @Test
    void typingGoesInAtTheCaretAndReplacesTheSelection() {
        Typing typing = new Typing(NL);
        Key e = new Key(Key.Kind.CHARACTER, "ë");
        Typing.Change atCaret = typing.type(e, "Zo", 2, 2);
        assertThat(Typing.apply("Zo", atCaret)).isEqualTo("Zoë");
        assertThat(atCaret.caret()).isEqualTo(3);

        Typing.Change inTheMiddle = typing.type(new Key(Key.Kind.CHARACTER, "a"), "Emm", 1, 1);
        assertThat(Typing.apply("Emm", inTheMiddle)).isEqualTo("Eamm");
        assertThat(inTheMiddle.caret()).as("after what was typed, not at the end").isEqualTo(2);

        Typing.Change overSelection = typing.type(new Key(Key.Kind.CHARACTER, "x"), "abcdef", 4, 1);
        assertThat(Typing.apply("abcdef", overSelection)).isEqualTo("axef");
        assertThat(overSelection.caret()).isEqualTo(2);

        Typing.Change dotCom = typing.type(new Key(Key.Kind.CHARACTER, ".com"), "emma@example", 12, 12);
        assertThat(Typing.apply("emma@example", dotCom)).isEqualTo("emma@example.com");
        assertThat(dotCom.caret()).isEqualTo(16);
    }

    @Test
    void backspaceRemovesTheCharacterBeforeTheCaretOrTheSelection() {
        Typing.Change last = Typing.backspace("Søren", 5, 5);
        assertThat(Typing.apply("Søren", last)).isEqualTo("Søre");
        assertThat(last.caret()).isEqualTo(4);

        Typing.Change middle = Typing.backspace("Søren", 2, 2);
        assertThat(Typing.apply("Søren", middle)).isEqualTo("Sren");
        assertThat(middle.caret()).isEqualTo(1);

        Typing.Change selection = Typing.backspace("Søren", 1, 4);
        assertThat(Typing.apply("Søren", selection)).isEqualTo("Sn");
        assertThat(selection.caret()).isEqualTo(1);

        assertThat(Typing.backspace("Søren", 0, 0)).as("nothing before the caret").isNull();
        assertThat(Typing.backspace("", 0, 0)).isNull();

        String emoji = "ok\uD83D\uDE00";
        assertThat(Typing.apply(emoji, Typing.backspace(emoji, 4, 4))).as("a whole surrogate pair").isEqualTo("ok");
    }

    @Test
    void eachLanguageHasItsOwnLetters() {
        assertThat(letters(KeyboardLayout.TEXT, DA)).contains("æ", "ø", "å").doesNotContain("é");
        assertThat(letters(KeyboardLayout.TEXT, NL)).contains("é", "ë", "ï", "ó").doesNotContain("ø");
        assertThat(letters(KeyboardLayout.TEXT, Locale.ENGLISH)).doesNotContain("é", "ø", "æ", "å")
                .contains("a", "z", "0", "9");
        assertThat(letters(KeyboardLayout.NAME, NL)).contains("é", "ë");
    }

    @Test
    void anEmailLayoutHasItsSignsAndNoSpace() {
        List<Key> keys = all(KeyboardLayout.EMAIL, NL);
        assertThat(keys.stream().map(Key::text)).contains("@", ".", "-", "_", ".com", "a", "0");
        assertThat(keys.stream().map(Key::kind)).doesNotContain(Key.Kind.SPACE)
                .contains(Key.Kind.SHIFT, Key.Kind.BACKSPACE, Key.Kind.DONE, Key.Kind.CLOSE);
    }

    @Test
    void numberLayoutsAreKeypadsWithTheirOneExtraKey() {
        assertThat(letters(KeyboardLayout.NUMBER, NL)).containsExactlyInAnyOrder(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "0");
        assertThat(letters(KeyboardLayout.PHONE, NL)).contains("+").hasSize(11);
        assertThat(letters(KeyboardLayout.PRICE, NL)).contains(",").doesNotContain(".");
        assertThat(letters(KeyboardLayout.PRICE, Locale.ENGLISH)).contains(".").doesNotContain(",");
        for (KeyboardLayout layout : KeyboardLayout.values()) {
            assertThat(all(layout, DA).stream().map(Key::kind)).as(layout.name())
                    .contains(Key.Kind.BACKSPACE, Key.Kind.DONE, Key.Kind.CLOSE);
        }
    }

    @Test
    void everyKeyHasAnIdOfItsOwn() {
        for (KeyboardLayout layout : KeyboardLayout.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, NL, DA)) {
                List<String> ids = all(layout, locale).stream().map(Key::id).toList();
                assertThat(ids).as(layout + " " + locale).doesNotHaveDuplicates()
                        .allMatch(id -> id.matches("osk-[a-z0-9]+"));
            }
        }
        assertThat(new Key(Key.Kind.CHARACTER, "é").id()).isEqualTo("osk-u00e9");
    }

    private static List<Key> all(KeyboardLayout layout, Locale locale) {
        return layout.rows(locale).stream().flatMap(List::stream).toList();
    }

    private static List<String> letters(KeyboardLayout layout, Locale locale) {
        return all(layout, locale).stream().filter(k -> k.kind() == Key.Kind.CHARACTER).map(Key::text)
                .collect(Collectors.toList());
    }
}
