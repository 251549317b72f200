package nl.connectedstore.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javax.imageio.ImageIO;

/** A box to sign in with a finger (or mouse); what was drawn becomes a PNG kept with the consent. */
public final class SignaturePad extends Canvas {

    private boolean signed;

    public SignaturePad(double width, double height) {
        super(width, height);
        setId("signaturePad");
        getStyleClass().add("signature-pad");
        clear();
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            GraphicsContext g = getGraphicsContext2D();
            g.beginPath();
            g.moveTo(e.getX(), e.getY());
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            GraphicsContext g = getGraphicsContext2D();
            g.lineTo(e.getX(), e.getY());
            g.stroke();
            signed = true;
        });
    }

    public void clear() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.rgb(20, 30, 90));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.ROUND);
        signed = false;
    }

    public boolean isSigned() {
        return signed;
    }

    /** The signature as PNG bytes, or an empty array when nothing was drawn. */
    public byte[] png() {
        if (!signed) {
            return new byte[0];
        }
        WritableImage image = snapshot(null, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
