package nl.connectedstore.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG: README screenshots are made by a script, not by hand. */
public final class Screenshots {

    private Screenshots() {
    }

    public static void save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
