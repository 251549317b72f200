package nl.connectedstore.ui;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The band across the top of a terminal while {@link StoreLink} finds the store's database out of reach: what is
 * going on and that nothing is lost, in the language on screen at that moment. The screen below stays usable for
 * what needs no database (the basket's quantities, the keypad).
 */
public final class StoreLinkBanner extends Label {

    /** What the banner says: to a customer (their basket is kept) or to staff at the counter. */
    public enum Audience {
        CUSTOMER("storeLink.lost"), STAFF("storeLink.lostStaff");

        private final String key;

        Audience(String key) {
            this.key = key;
        }
    }

    private final Supplier<Messages> language;
    private final Audience audience;

    private StoreLinkBanner(StoreLink link, Supplier<Messages> language, Audience audience) {
        setId("storeLinkLost");
        getStyleClass().add("store-link-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setGraphic(new FontIcon(Material2AL.CLOUD_OFF));
        visibleProperty().bind(link.reachableProperty().not());
        managedProperty().bind(visibleProperty());
        this.language = language;
        this.audience = audience;
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                speak();
            }
        });
        speak();
    }

    /** In the language on screen now. */
    private void speak() {
        setText(language.get().get(audience.key));
    }

    /**
     * {@code content} with the banner above it: while it shows, the screen moves down by its height rather than
     * losing its top bar (the help and stop buttons) under it.
     */
    public static VBox over(Region content, StoreLink link, Supplier<Messages> language, Audience audience) {
        StoreLinkBanner banner = new StoreLinkBanner(link, language, audience);
        // a new screen under it may speak another language (a customer chose theirs; the welcome screen after them
        // speaks the store's): while the database is away for longer, the banner follows
        content.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            if (banner.isVisible()) {
                banner.speak();
            }
        });
        VBox stacked = new VBox(banner, content);
        stacked.setFillWidth(true);
        VBox.setVgrow(content, Priority.ALWAYS);
        return stacked;
    }
}
