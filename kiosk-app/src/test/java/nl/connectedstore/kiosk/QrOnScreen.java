package nl.connectedstore.kiosk;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import nl.connectedstore.scan.FrameDecoder;
import org.testfx.api.FxRobot;

/** Reads a QR code the way a phone would: from what the node shows, not from the text it was made of. */
final class QrOnScreen {

    private QrOnScreen() {
    }

    static String decode(FxRobot robot, Node node) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        byte[] lum = new byte[w * h];
        PixelReader pixels = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                lum[y * w + x] = (byte) (pixels.getArgb(x, y) & 0xff);
            }
        }
        return new FrameDecoder().decodeThoroughly(lum, w, h).orElseThrow().text();
    }
}
