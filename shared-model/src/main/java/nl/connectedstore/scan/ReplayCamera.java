package nl.connectedstore.scan;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A webcam-capture driver whose one camera plays the images of a folder (PNG or JPEG, in name order), as
 * if a customer held each item up to the camera: every image is shown for {@code holdFrames} frames, then
 * an empty frame for {@code gapFrames} (the hand moving to the next item). Every time the camera is opened
 * the replay starts again from the first image. For tests, and for trying the checkout without a camera
 * ({@code --camera=replay:<folder>}).
 */
public final class ReplayCamera implements WebcamDriver {

    private final Device device;

    /**
     * @param loop start again after the last image (demo) or show empty frames from then on (tests)
     */
    public ReplayCamera(Path folder, int holdFrames, int gapFrames, boolean loop) {
        this.device = new Device(folder, holdFrames, gapFrames, loop);
    }

    /** Checks the folder before a camera is opened on it: it must exist and hold at least one image. */
    public static List<Path> images(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The replay camera folder " + folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> images = files.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
            }).sorted().toList();
            if (images.isEmpty()) {
                throw new IllegalArgumentException("The replay camera folder " + folder + " holds no PNG or JPEG");
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return List.of(device);
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /** How many frames have been handed out (tests wait on it). */
    public long framesServed() {
        return device.served;
    }

    /** Whether a non-looping replay has shown every image. */
    public boolean finished() {
        return device.finished();
    }

    /** Waits until a non-looping replay has shown every image (tests wait on it); false on time-out. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (device) {
            while (!device.finished()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(device, left);
            }
            return true;
        }
    }

    private static final class Device implements WebcamDevice {

        private final Path folder;
        private final int holdFrames;
        private final int gapFrames;
        private final boolean loop;
        private final List<BufferedImage> frames = new ArrayList<>();
        private Dimension resolution = new Dimension(640, 480);
        private volatile boolean open;
        private volatile long served;

        Device(Path folder, int holdFrames, int gapFrames, boolean loop) {
            this.folder = folder;
            this.holdFrames = Math.max(1, holdFrames);
            this.gapFrames = Math.max(0, gapFrames);
            this.loop = loop;
        }

        @Override
        public String getName() {
            return "Replay of " + folder.getFileName();
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {resolution};
        }

        @Override
        public Dimension getResolution() {
            return resolution;
        }

        @Override
        public void setResolution(Dimension size) {
            // the images decide
        }

        @Override
        public synchronized void open() {
            if (open) {
                return;
            }
            frames.clear();
            for (Path file : images(folder)) {
                try {
                    BufferedImage image = ImageIO.read(file.toFile());
                    if (image == null) {
                        throw new WebcamException("Not an image: " + file.getFileName());
                    }
                    frames.add(image);
                } catch (IOException e) {
                    throw new WebcamException("Cannot read " + file.getFileName(), e);
                }
            }
            int w = frames.stream().mapToInt(BufferedImage::getWidth).max().orElse(640);
            int h = frames.stream().mapToInt(BufferedImage::getHeight).max().orElse(480);
            resolution = new Dimension(w, h);
            for (int i = 0; i < frames.size(); i++) {
                frames.set(i, onCanvas(frames.get(i), w, h));
            }
            served = 0;
            open = true;
        }

        /** Like a real camera: 3-byte BGR frames of one size, the image in the middle of a grey background. */
        private static BufferedImage onCanvas(BufferedImage image, int w, int h) {
            BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = frame.createGraphics();
            g.setColor(new Color(120, 120, 120));
            g.fillRect(0, 0, w, h);
            g.drawImage(image, (w - image.getWidth()) / 2, (h - image.getHeight()) / 2, null);
            g.dispose();
            return frame;
        }

        private BufferedImage empty() {
            return onCanvas(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), resolution.width,
                    resolution.height);
        }

        boolean finished() {
            return !loop && !frames.isEmpty() && served >= (long) frames.size() * (holdFrames + gapFrames);
        }

        @Override
        public synchronized BufferedImage getImage() {
            if (!open) {
                return null;
            }
            long n = served++;
            notifyAll(); // awaitFinished
            int cycle = holdFrames + gapFrames;
            long total = (long) frames.size() * cycle;
            if (!loop && n >= total) {
                return empty();
            }
            long at = n % total;
            int index = (int) (at / cycle);
            return at % cycle < holdFrames ? frames.get(index) : empty();
        }

        @Override
        public synchronized void close() {
            open = false;
        }

        @Override
        public void dispose() {
            close();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
