package nl.connectedstore.kiosk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.media.AudioClip;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beeps through JavaFX's AudioClip with two tones it writes itself as small WAV files (a scanner beep is
 * a sine wave, no asset needed). A machine without sound keeps working silently and says so once in the log.
 */
final class ToneBeeper implements Beeper {

    private static final Logger log = LoggerFactory.getLogger(ToneBeeper.class);
    private final AudioClip ok;
    private final AudioClip no;

    private ToneBeeper(AudioClip ok, AudioClip no) {
        this.ok = ok;
        this.no = no;
    }

    static Beeper create() {
        try {
            if (AudioSystem.getSourceLineInfo(
                    new Line.Info(SourceDataLine.class)).length == 0) {
                log.warn("No sound device on this terminal; scanning works without beeps");
                return SILENT;
            }
            return new ToneBeeper(clip(1800, 90), clip(300, 280));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("No sound on this terminal ({}); scanning works without beeps", e.toString());
            return SILENT;
        }
    }

    private static AudioClip clip(int hertz, int millis) throws IOException {
        int rate = 22050;
        int samples = rate * millis / 1000;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
                .putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            double fade = Math.min(1, Math.min(i, samples - i) / (rate * 0.005));
            wav.putShort((short) (Math.sin(2 * Math.PI * hertz * i / rate) * 9000 * fade));
        }
        Path file = Files.createTempFile("cs-beep-" + hertz + "-", ".wav");
        file.toFile().deleteOnExit();
        Files.write(file, wav.array());
        return new AudioClip(file.toUri().toString());
    }

    @Override
    public void accepted() {
        ok.play();
    }

    @Override
    public void refused() {
        no.play();
    }
}
