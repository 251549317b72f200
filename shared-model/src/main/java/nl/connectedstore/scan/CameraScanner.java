package nl.connectedstore.scan;

import com.github.sarxos.webcam.Webcam;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's camera as a scan source: grabs frames through webcam-capture on its own thread, decodes
 * them with {@link FrameDecoder}, lets each confirmed code through once per sighting ({@link RepeatFilter}) and
 * publishes it on the {@link ScanStream}. A preview listener sees every frame and the code found in it.
 * With no camera the terminal works on without it: {@link #open} says so once and returns an unavailable
 * scanner.
 */
public final class CameraScanner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CameraScanner.class);
    /** A camera gives 15 to 30 frames a second; decoding 15 keeps one core mostly free. */
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(66);

    /** Sees every frame, on the camera thread. Must hand over to the UI thread itself, and be quick. */
    @FunctionalInterface
    public interface FrameListener {
        void frame(BufferedImage image, Optional<FrameDecoder.Decoded> found);
    }

    private final Webcam webcam;
    private final String description;
    private final ScanStream stream;
    private final RepeatFilter repeats;
    private final FrameDecoder decoder = new FrameDecoder();
    private volatile FrameListener listener = (image, found) -> { };
    private volatile boolean running;
    private volatile boolean active;
    private Thread thread;
    /** Rounds the camera thread went with the camera off; tests wait on it ({@link #awaitIdleRounds}). */
    private long idleRounds;
    private final Object idle = new Object();

    private CameraScanner(Webcam webcam, String description, ScanStream stream, Clock clock) {
        this.webcam = webcam;
        this.description = description;
        this.stream = stream;
        this.repeats = new RepeatFilter(clock, RepeatFilter.DEFAULT_QUIET);
    }

    /**
     * Opens the camera a setting names: {@code auto} (the computer's default webcam, if any), {@code none},
     * or {@code replay:<folder>}. Never throws for a missing camera; a replay folder that is missing or
     * holds no image is a setting error ({@link IllegalArgumentException}).
     */
    public static CameraScanner open(String setting, ScanStream stream, Clock clock) {
        String spec = setting == null || setting.isBlank() ? "auto" : setting.strip();
        if (spec.equals("none")) {
            log.info("Camera switched off by setting; scanning by hand scanner and keypad only");
            return new CameraScanner(null, "none", stream, clock);
        }
        if (spec.startsWith("replay:")) {
            Path folder = Path.of(spec.substring("replay:".length()));
            ReplayCamera.images(folder);
            Webcam.setDriver(new ReplayCamera(folder, 10, 30, false));
        } else if (!spec.equals("auto")) {
            throw new IllegalArgumentException("camera must be auto, none or replay:<folder>, not '" + spec + "'");
        }
        Webcam webcam = null;
        try {
            webcam = Webcam.getDefault(5, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            // webcam-capture throws, or its native part fails to load, depending on what is installed
            log.warn("No camera: {}. Scanning by hand scanner and keypad only", e.toString());
            return new CameraScanner(null, "none", stream, clock);
        }
        if (webcam == null) {
            log.warn("No camera found. Scanning by hand scanner and keypad only");
            return new CameraScanner(null, "none", stream, clock);
        }
        return new CameraScanner(webcam, webcam.getName(), stream, clock);
    }

    /** A scanner for a camera that is already set up (tests hand in a replay camera's webcam). */
    public static CameraScanner of(Webcam webcam, ScanStream stream, Clock clock) {
        return new CameraScanner(webcam, webcam.getName(), stream, clock);
    }

    public boolean available() {
        return webcam != null;
    }

    public String description() {
        return description;
    }

    public void onFrame(FrameListener frameListener) {
        this.listener = frameListener == null ? (image, found) -> { } : frameListener;
    }

    /**
     * Starts the camera thread. The camera itself is switched on only while {@link #setActive active} (a
     * checkout screen is showing): it does not read codes, or keep its light on, while nobody checks out.
     * False when there is no camera.
     */
    public synchronized boolean start() {
        if (webcam == null || running) {
            return running;
        }
        running = true;
        thread = new Thread(this::loop, "camera-scanner");
        thread.setDaemon(true);
        thread.start();
        log.info("Camera {} ready", description);
        return true;
    }

    /** Switches decoding (and the camera) on or off; opening a camera can take a second, off the caller's thread. */
    public void setActive(boolean on) {
        this.active = on;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Waits until the camera thread has gone round {@code rounds} more times with the camera off (each round
     * it looks at {@link #isActive} and closes the camera if it is open): after that, no frame is taken until
     * the scanner is active again. For tests, instead of sleeping for "long enough". False on time-out.
     */
    public boolean awaitIdleRounds(int rounds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            long target = idleRounds + rounds;
            while (idleRounds < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    private void loop() {
        int misses = 0;
        while (running) {
            if (!active) {
                if (webcam.isOpen()) {
                    webcam.close();
                    log.info("Camera {} off", description);
                }
                synchronized (this.idle) {
                    idleRounds++;
                    this.idle.notifyAll();
                }
                pause(200_000_000L);
                continue;
            }
            if (!webcam.isOpen() && !openCamera()) {
                pause(2_000_000_000L);
                continue;
            }
            long started = System.nanoTime();
            BufferedImage image;
            try {
                image = webcam.getImage();
            } catch (RuntimeException e) {
                image = null;
                log.debug("Camera frame failed", e);
            }
            if (image == null) {
                if (++misses == 50) {
                    log.warn("Camera {} has given no picture for a while", description);
                }
                pause(100_000_000L);
                continue;
            }
            misses = 0;
            Optional<FrameDecoder.Decoded> found = decode(image);
            // only a confirmed code goes to the checkout (FrameDecoder: checked on several lines across the
            // code, or seen on two frames); the preview marks every code found
            found.filter(FrameDecoder.Decoded::confirmed).filter(d -> repeats.isNew(d.text()))
                    .ifPresent(d -> stream.publish(new Scan(d.text(), Scan.Source.CAMERA, System.nanoTime())));
            try {
                listener.frame(image, found);
            } catch (RuntimeException e) {
                log.warn("Camera preview failed", e);
            }
            pause(FRAME_NANOS - (System.nanoTime() - started));
        }
    }

    private boolean openCamera() {
        try {
            if (webcam.open()) {
                log.info("Camera {} on", description);
                return true;
            }
            log.warn("Camera {} did not open; scanning by hand scanner and keypad only", description);
        } catch (Exception | LinkageError e) {
            log.warn("Camera {} did not open: {}; scanning by hand scanner and keypad only", description, e.toString());
        }
        return false;
    }

    /** One frame through the decoder (the same path the camera thread takes). */
    Optional<FrameDecoder.Decoded> decode(BufferedImage image) {
        return decoder.decode(Luminance.of(image), image.getWidth(), image.getHeight());
    }

    private void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            // woken up by setActive or close: the loop looks at the flags again
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        active = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        if (webcam != null && webcam.isOpen()) {
            webcam.close();
        }
    }
}
