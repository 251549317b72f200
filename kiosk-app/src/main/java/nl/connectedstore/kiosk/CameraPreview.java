package nl.connectedstore.kiosk;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import nl.connectedstore.scan.CameraScanner;
import nl.connectedstore.scan.FrameDecoder;

/**
 * What the camera sees, small, with a green marker where a code was just read. Frames are scaled on the
 * camera thread and drawn on the FX thread; a frame that arrives while the last one is still waiting to be
 * drawn is skipped, so a slow screen never queues up frames.
 */
final class CameraPreview extends StackPane {

    static final int WIDTH = 288;
    static final int HEIGHT = 216;
    private static final long MARKER_NANOS = 600_000_000L;

    private final WritableImage image = new WritableImage(WIDTH, HEIGHT);
    private final Canvas marker = new Canvas(WIDTH, HEIGHT);
    private final AtomicBoolean drawing = new AtomicBoolean();
    private final int[] pixels = new int[WIDTH * HEIGHT];
    private CameraScanner scanner;
    private long markedAt;

    CameraPreview() {
        setId("cameraPreview");
        getStyleClass().add("camera-preview");
        ImageView view = new ImageView(image);
        marker.setMouseTransparent(true);
        getChildren().addAll(view, marker);
        setMaxSize(WIDTH, HEIGHT);
    }

    void attach(CameraScanner camera) {
        detach();
        this.scanner = camera;
        camera.onFrame(this::frame);
    }

    void detach() {
        if (scanner != null) {
            scanner.onFrame(null);
            scanner = null;
        }
    }

    /** On the camera thread. */
    private void frame(BufferedImage frame, Optional<FrameDecoder.Decoded> found) {
        if (!drawing.compareAndSet(false, true)) {
            return;
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < HEIGHT; y++) {
            frame.getRGB(0, y * h / HEIGHT, w, 1, row, 0, w);
            for (int x = 0; x < WIDTH; x++) {
                pixels[y * WIDTH + x] = row[x * w / WIDTH] | 0xff000000;
            }
        }
        float[] points = found.map(FrameDecoder.Decoded::points).orElse(null);
        double sx = (double) WIDTH / w;
        double sy = (double) HEIGHT / h;
        Platform.runLater(() -> {
            image.getPixelWriter().setPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(), pixels, 0, WIDTH);
            drawMarker(points, sx, sy);
            drawing.set(false);
        });
    }

    private void drawMarker(float[] points, double sx, double sy) {
        long now = System.nanoTime();
        GraphicsContext g = marker.getGraphicsContext2D();
        if (points != null && points.length >= 4) {
            g.clearRect(0, 0, WIDTH, HEIGHT);
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = 0;
            double maxY = 0;
            for (int i = 0; i + 1 < points.length; i += 2) {
                minX = Math.min(minX, points[i] * sx);
                maxX = Math.max(maxX, points[i] * sx);
                minY = Math.min(minY, points[i + 1] * sy);
                maxY = Math.max(maxY, points[i + 1] * sy);
            }
            // a 1D code's points lie on one line: give the box some height
            if (maxY - minY < 20) {
                minY -= 20;
                maxY += 20;
            }
            g.setStroke(Color.LIMEGREEN);
            g.setLineWidth(4);
            g.strokeRoundRect(minX - 8, minY - 8, maxX - minX + 16, maxY - minY + 16, 12, 12);
            markedAt = now;
        } else if (now - markedAt > MARKER_NANOS) {
            g.clearRect(0, 0, WIDTH, HEIGHT);
        }
    }
}
