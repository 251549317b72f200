package nl.connectedstore.kiosk;

import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A picture per category, used where a product has no photo of its own. */
final class CategoryIcons {

    private static final Map<String, Ikon> ICONS = Map.ofEntries(
            Map.entry("fresh", Material2AL.GRASS),
            Map.entry("bakery", Material2AL.CAKE),
            Map.entry("dairy", Material2AL.LOCAL_DRINK),
            Map.entry("meat", Material2MZ.SET_MEAL),
            Map.entry("pantry", Material2AL.KITCHEN),
            Map.entry("drinks", Material2AL.LOCAL_CAFE),
            Map.entry("beer-wine", Material2MZ.WINE_BAR),
            Map.entry("spirits", Material2MZ.WINE_BAR),
            Map.entry("snacks", Material2AL.FASTFOOD),
            Map.entry("frozen", Material2AL.AC_UNIT),
            Map.entry("household", Material2AL.CLEANING_SERVICES),
            Map.entry("personal-care", Material2MZ.SOAP),
            Map.entry("baby", Material2AL.CHILD_FRIENDLY),
            Map.entry("pet", Material2MZ.PETS),
            Map.entry("home", Material2AL.HOME),
            Map.entry("electronics", Material2MZ.SMARTPHONE));

    private CategoryIcons() {
    }

    static Ikon of(String categoryCode) {
        return ICONS.getOrDefault(categoryCode, Material2AL.CATEGORY);
    }
}
