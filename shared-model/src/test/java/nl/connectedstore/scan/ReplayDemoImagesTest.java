package nl.connectedstore.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.connectedstore.persistence.Database;
import nl.connectedstore.persistence.DemoDatabase;
import nl.connectedstore.sales.CheckoutService;
import nl.connectedstore.sales.ScanLookup;
import nl.connectedstore.testing.Services;
import org.junit.jupiter.api.Test;

/** The committed demo folder for {@code --camera=replay:} still shows products the demo chain sells. */
class ReplayDemoImagesTest {

    @Test
    void everyDemoImageDecodesToAnItemTheAmsterdamCheckoutSells() throws IOException {
        Database db = DemoDatabase.get();
        Path folder = Path.of("..", "kiosk-app", "replay-demo");
        List<Path> images = ReplayCamera.images(folder);
        assertThat(images).hasSize(5);
        List<String> decoded = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder();
        CheckoutService checkout = Services.on(db.transactor(), Clock.systemUTC()).checkout();
        CodeReader reader = new CodeReader(VariableMeasureScheme.DEMO);
        for (Path image : images) {
            Frames frame = Frames.readPng(image);
            String text = decoder.decodeThoroughly(frame.pixels, frame.width, frame.height).orElseThrow().text();
            decoded.add(text);
            ScannedCode code = ((CodeReader.Result.Read) reader.read(text)).code();
            assertThat(checkout.lookUp("AMS-CHECKOUT-1", code)).as(image.toString()).isInstanceOf(ScanLookup.Found.class);
        }
        assertThat(decoded).isEqualTo(ReplayDemoImages.codes(db));
    }
}
