package nl.connectedstore.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.connectedstore.persistence.BadSettingException;
import nl.connectedstore.persistence.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal set up by one file: read whole, every problem named by file and line, no password ever quoted. */
class TerminalFileTest {

    private static final Set<String> KIOSK = Set.of("store", "terminal", "home", "db-url", "db-user", "db-password",
            "h2-port", "mode", "camera", "printer", "idle-seconds", "fullscreen", "export-dir", "order-hold-hours");

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("terminal.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTillIsSetUpByItsFileAndTheCommandLineStillWins() throws Exception {
        Path file = write("""
                # Amsterdam, self-checkout by the door
                store = AMS
                terminal=AMS-CHECKOUT-2
                mode: checkout
                db-url=jdbc:postgresql://store-server/connectedstore
                db-user=connectedstore_kiosk
                db-password=p\\=ss word#1
                fullscreen=false
                export-dir=/media/kiosk/Privé
                """);
        TerminalFile read = TerminalFile.read(file, KIOSK);
        Map<String, String> settings = read.under(Map.of("terminal", "AMS-CHECKOUT-3", "config", file.toString()));

        assertThat(settings).containsEntry("store", "AMS").containsEntry("mode", "checkout")
                .containsEntry("terminal", "AMS-CHECKOUT-3") // the command line wins
                .containsEntry("db-password", "p=ss word#1") // .properties escapes, '#' inside a value is text
                .containsEntry("export-dir", "/media/kiosk/Privé") // UTF-8
                .doesNotContainKey("fullscreen") // false: as if not given
                .doesNotContainKey("config");
        assertThat(read.line("mode")).contains(4);
        assertThat(read.where("store", Map.of())).isEqualTo(file.toAbsolutePath() + ", line 2: ");
        assertThat(read.where("terminal", Map.of("terminal", "X"))).as("the command line set it").isEmpty();
        assertThat(DatabaseConfig.resolve(settings, Map.of()).password()).isEqualTo("p=ss word#1");
    }

    @Test
    void anUnknownNameIsRefusedWithItsLineAndTheNearestRealName() throws Exception {
        Path file = write("store=AMS\n\nstroe=UTR\n");
        assertThatThrownBy(() -> TerminalFile.read(file, KIOSK))
                .isInstanceOf(TerminalFile.Located.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ", line 3: 'stroe' is not a setting of this app"
                        + " (did you mean store?)")
                .satisfies(e -> {
                    TerminalFile.Located located = (TerminalFile.Located) e;
                    assertThat(located.line()).isEqualTo(3);
                    assertThat(located.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(located.setting()).isEqualTo("stroe");
                });
    }

    @Test
    void aLineThatIsNoSettingATwiceSetNameAndAnEmptyValueAreRefusedWithoutQuotingAnyValue() throws Exception {
        Path noSetting = write("store=AMS\nmy password is hunter2\n");
        assertThatThrownBy(() -> TerminalFile.read(noSetting, KIOSK))
                .hasMessage(noSetting.toAbsolutePath() + ", line 2: this line is not a setting (write name=value)")
                .hasMessageNotContaining("hunter2");

        Path twice = write("db-password=hunter2\nstore=AMS\ndb-password=hunter3\n");
        assertThatThrownBy(() -> TerminalFile.read(twice, KIOSK))
                .hasMessageEndingWith("db-password is set twice, on lines 1 and 3")
                .hasMessageNotContaining("hunter");

        Path empty = write("store=\n");
        assertThatThrownBy(() -> TerminalFile.read(empty, KIOSK)).hasMessageEndingWith("line 1: store has no value");

        Path flag = write("fullscreen=yes please\n");
        assertThatThrownBy(() -> TerminalFile.read(flag, KIOSK))
                .hasMessageEndingWith("line 1: fullscreen must be true or false");
    }

    @Test
    void aMissingOrUnreadableFileIsNamed() throws Exception {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> TerminalFile.read(missing, KIOSK))
                .isInstanceOf(BadSettingException.class)
                .hasMessage("The settings file " + missing.toAbsolutePath() + " does not exist");

        Path latin1 = dir.resolve("latin1.properties");
        Files.write(latin1, "export-dir=/media/Priv\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TerminalFile.read(latin1, KIOSK)).hasMessageEndingWith("is not UTF-8 text");
    }

    @Test
    void theFileIsFoundOnTheCommandLineThenTheEnvironmentThenTheUsersThenTheMachines() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path etc = Files.createDirectories(dir.resolve("etc"));
        assertThat(TerminalFile.locate(Map.of(), Map.of(), home, etc)).as("none: the demo's defaults").isEmpty();

        Path machine = Files.createDirectories(etc.resolve("connectedstore")).resolve("terminal.properties");
        Files.writeString(machine, "store=AMS\n");
        assertThat(TerminalFile.locate(Map.of(), Map.of(), home, etc)).contains(machine);

        Path user = Files.createDirectories(home.resolve(".config/connectedstore")).resolve("terminal.properties");
        Files.writeString(user, "store=UTR\n");
        assertThat(TerminalFile.locate(Map.of(), Map.of(), home, etc)).contains(user);

        assertThat(TerminalFile.locate(Map.of(), Map.of(TerminalFile.ENV, "/srv/till.properties"), home, etc))
                .contains(Path.of("/srv/till.properties"));
        assertThat(TerminalFile.locate(Map.of("config", "/opt/a.properties"),
                Map.of(TerminalFile.ENV, "/srv/till.properties"), home, etc)).contains(Path.of("/opt/a.properties"));
    }

    @Test
    void aLongValueMayGoOnOverSeveralLinesAndKeepsTheLineItStartedOn() throws Exception {
        Path file = write("store=AMS\ndb-url=jdbc:postgresql://store-server/\\\n    connectedstore\nmode=shop\n");
        TerminalFile read = TerminalFile.read(file, KIOSK);
        assertThat(read.under(Map.of())).containsEntry("db-url", "jdbc:postgresql://store-server/connectedstore");
        assertThat(read.line("db-url")).contains(2);
        assertThat(read.line("mode")).contains(4);
    }
}
