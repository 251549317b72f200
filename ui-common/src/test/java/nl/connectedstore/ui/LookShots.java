package nl.connectedstore.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Screen;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The look tours' one way to keep a picture (run with {@code -Dlook.out=<folder>}): what the (headless) screen
 * shows, every showing window where it stands, popups and menus included, saved as a PNG in that folder.
 */
public final class LookShots {

    private LookShots() {
    }

    /** Saves the screen as {@code <look.out>/<fileName>} once the FX events in flight are done. */
    public static void save(String fileName) {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of(System.getProperty("look.out"), fileName);
        try {
            Files.createDirectories(file.getParent());
            BufferedImage screen = WaitForAsyncUtils.asyncFx(() -> {
                var bounds = Screen.getPrimary().getBounds();
                BufferedImage all = new BufferedImage((int) bounds.getWidth(), (int) bounds.getHeight(),
                        BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = all.createGraphics();
                for (Window w : Window.getWindows()) {
                    if (w.isShowing() && w.getScene() != null) {
                        BufferedImage shot = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                        g.drawImage(shot, (int) (w.getX() + w.getScene().getX()),
                                (int) (w.getY() + w.getScene().getY()), null);
                    }
                }
                g.dispose();
                return all;
            }).get(10, TimeUnit.SECONDS);
            ImageIO.write(screen, "png", file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
