package nl.connectedstore.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import nl.connectedstore.scan.QrCode;

/** A QR code drawn module by module: sharp at any size, on screen and on paper. */
public final class QrView extends Canvas {

    public QrView(String text, double size) {
        super(size, size);
        QrCode code = QrCode.of(text);
        double module = Math.floor(size / code.size());
        double offset = (size - module * code.size()) / 2;
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    g.fillRect(offset + x * module, offset + y * module, module, module);
                }
            }
        }
    }
}
