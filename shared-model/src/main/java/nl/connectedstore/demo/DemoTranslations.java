package nl.connectedstore.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo catalogue's names and descriptions in Dutch and Danish, as a Dutch or Danish shop would print them on
 * its shelf labels: "Biologische appelsap 1 L", "Økologisk æblejuice 1 L". A name is built from the same parts as
 * the English one (line, product, pack size), each part translated, with the adjective agreeing with the noun
 * (Dutch "biologisch brood" but "biologische melk"; Danish "økologisk mælk" but "økologiske bananer").
 */
final class DemoTranslations {

    /** The languages the demo chain has names in besides English. */
    static final List<String> LANGUAGES = List.of("nl", "da");

    /**
     * English product → {Dutch, Danish}, written as they stand inside a name (the first letter is capitalised at
     * the start). A Dutch noun ending in "+" is a singular het-word (its adjective takes no -e); a Danish noun ending
     * in "*" is plural (its adjective takes -e).
     */
    private static final Map<String, String[]> PRODUCTS = Map.ofEntries(
            // fruit & vegetables
            Map.entry("Bananas", new String[] {"bananen", "bananer*"}),
            Map.entry("Apples Elstar", new String[] {"Elstar appels", "Elstar æbler*"}),
            Map.entry("Tomatoes", new String[] {"tomaten", "tomater*"}),
            Map.entry("Cucumber", new String[] {"komkommer", "agurk"}),
            Map.entry("Avocado", new String[] {"avocado", "avocado"}),
            Map.entry("Lettuce", new String[] {"kropsla", "hovedsalat"}),
            Map.entry("Grapes", new String[] {"druiven", "vindruer*"}),
            Map.entry("Basil", new String[] {"basilicum", "basilikum"}),
            Map.entry("Carrots", new String[] {"wortels", "gulerødder*"}),
            Map.entry("Onions", new String[] {"uien", "løg*"}),
            Map.entry("Potatoes", new String[] {"aardappelen", "kartofler*"}),
            Map.entry("Lemons", new String[] {"citroenen", "citroner*"}),
            Map.entry("Strawberries", new String[] {"aardbeien", "jordbær*"}),
            Map.entry("Mushrooms", new String[] {"champignons", "champignoner*"}),
            Map.entry("Peppers", new String[] {"paprika's", "peberfrugter*"}),
            // bakery
            Map.entry("Sourdough bread", new String[] {"desembrood+", "surdejsbrød"}),
            Map.entry("Whole wheat bread", new String[] {"volkorenbrood+", "fuldkornsbrød"}),
            Map.entry("Croissants", new String[] {"croissants", "croissanter*"}),
            Map.entry("Burger buns", new String[] {"hamburgerbroodjes", "burgerboller*"}),
            Map.entry("Baguette", new String[] {"stokbrood+", "flute"}),
            Map.entry("Rye bread", new String[] {"roggebrood+", "rugbrød"}),
            Map.entry("Tortillas", new String[] {"tortilla's", "tortillas*"}),
            Map.entry("Crackers", new String[] {"crackers", "knækbrød"}),
            Map.entry("Cinnamon rolls", new String[] {"kaneelbroodjes", "kanelsnegle*"}),
            Map.entry("Pita bread", new String[] {"pitabroodjes", "pitabrød"}),
            // dairy & cheese
            Map.entry("Whole milk", new String[] {"volle melk", "sødmælk"}),
            Map.entry("Semi-skimmed milk", new String[] {"halfvolle melk", "letmælk"}),
            Map.entry("Greek yoghurt", new String[] {"Griekse yoghurt", "græsk yoghurt"}),
            Map.entry("Butter", new String[] {"roomboter", "smør"}),
            Map.entry("Gouda cheese", new String[] {"Goudse kaas", "goudaost"}),
            Map.entry("Parmesan cheese", new String[] {"Parmezaanse kaas", "parmesanost"}),
            Map.entry("Brie", new String[] {"brie", "brie"}),
            Map.entry("Feta", new String[] {"feta", "feta"}),
            Map.entry("Cheddar", new String[] {"cheddar", "cheddar"}),
            Map.entry("Crème fraîche", new String[] {"crème fraîche", "cremefraiche"}),
            Map.entry("Eggs", new String[] {"eieren", "æg*"}),
            Map.entry("Skyr", new String[] {"skyr", "skyr"}),
            // meat & fish
            Map.entry("Minced beef", new String[] {"rundergehakt+", "hakket oksekød"}),
            Map.entry("Chicken breast", new String[] {"kipfilet", "kyllingebryst"}),
            Map.entry("Sausages", new String[] {"worstjes", "pølser*"}),
            Map.entry("Salmon fillet", new String[] {"zalmfilet", "laksefilet"}),
            Map.entry("Bacon", new String[] {"ontbijtspek+", "bacon"}),
            Map.entry("Beef burgers", new String[] {"runderburgers", "hakkebøffer*"}),
            Map.entry("Smoked ham", new String[] {"gerookte ham", "røget skinke"}),
            Map.entry("Shrimps", new String[] {"garnalen", "rejer*"}),
            // pantry
            Map.entry("Spaghetti", new String[] {"spaghetti", "spaghetti"}),
            Map.entry("Penne", new String[] {"penne", "penne"}),
            Map.entry("Tomato pasta sauce", new String[] {"pastasaus tomaat", "pastasauce med tomat"}),
            Map.entry("Olive oil", new String[] {"olijfolie", "olivenolie"}),
            Map.entry("Basmati rice", new String[] {"basmatirijst", "basmatiris"}),
            Map.entry("Salsa", new String[] {"salsa", "salsa"}),
            Map.entry("Strawberry jam", new String[] {"aardbeienjam", "jordbærmarmelade"}),
            Map.entry("Honey", new String[] {"honing", "honning"}),
            Map.entry("Peanut butter", new String[] {"pindakaas", "peanutbutter"}),
            Map.entry("Muesli", new String[] {"muesli", "müsli"}),
            Map.entry("Ketchup", new String[] {"ketchup", "ketchup"}),
            Map.entry("Mayonnaise", new String[] {"mayonaise", "mayonnaise"}),
            Map.entry("Canned tomatoes", new String[] {"tomatenblokjes", "hakkede tomater*"}),
            Map.entry("Taco seasoning", new String[] {"tacokruiden", "tacokrydderi"}),
            // drinks
            Map.entry("Orange juice", new String[] {"sinaasappelsap+", "appelsinjuice"}),
            Map.entry("Cola", new String[] {"cola", "cola"}),
            Map.entry("Sparkling water", new String[] {"bruisend water+", "danskvand"}),
            Map.entry("Apple juice", new String[] {"appelsap+", "æblejuice"}),
            Map.entry("Ground coffee", new String[] {"gemalen koffie", "formalet kaffe"}),
            Map.entry("Coffee beans", new String[] {"koffiebonen", "kaffebønner*"}),
            Map.entry("Black tea", new String[] {"zwarte thee", "sort te"}),
            Map.entry("Green tea", new String[] {"groene thee", "grøn te"}),
            Map.entry("Lemonade syrup", new String[] {"limonadesiroop", "saft"}),
            Map.entry("Oat drink", new String[] {"haverdrank", "havredrik"}),
            // beer & wine
            Map.entry("Pilsner", new String[] {"pils", "pilsner"}),
            Map.entry("IPA", new String[] {"IPA", "IPA"}),
            Map.entry("Red wine", new String[] {"rode wijn", "rødvin"}),
            Map.entry("White wine", new String[] {"witte wijn", "hvidvin"}),
            Map.entry("Rosé", new String[] {"rosé", "rosé"}),
            Map.entry("Cava", new String[] {"cava", "cava"}),
            Map.entry("Tripel", new String[] {"tripel", "tripel"}),
            Map.entry("Cider", new String[] {"cider", "cider"}),
            // spirits
            Map.entry("Gin", new String[] {"gin", "gin"}),
            Map.entry("Vodka", new String[] {"wodka", "vodka"}),
            Map.entry("Whisky", new String[] {"whisky", "whisky"}),
            Map.entry("Jenever", new String[] {"jenever", "genever"}),
            Map.entry("Aquavit", new String[] {"aquavit", "akvavit"}),
            Map.entry("Rum", new String[] {"rum", "rom"}),
            // snacks & sweets
            Map.entry("Crisps paprika", new String[] {"paprikachips", "paprikachips*"}),
            Map.entry("Crisps salted", new String[] {"chips naturel", "saltede chips*"}),
            Map.entry("Tortilla chips", new String[] {"tortillachips", "tortillachips*"}),
            Map.entry("Guacamole dip", new String[] {"guacamoledip", "guacamoledip"}),
            Map.entry("Milk chocolate", new String[] {"melkchocolade", "mælkechokolade"}),
            Map.entry("Dark chocolate", new String[] {"pure chocolade", "mørk chokolade"}),
            Map.entry("Biscuits", new String[] {"koekjes", "småkager*"}),
            Map.entry("Salted peanuts", new String[] {"gezouten pinda's", "saltede peanuts*"}),
            Map.entry("Liquorice", new String[] {"drop", "lakrids"}),
            Map.entry("Popcorn", new String[] {"popcorn", "popcorn"}),
            Map.entry("Stroopwafels", new String[] {"stroopwafels", "sirupsvafler*"}),
            // frozen
            Map.entry("Frozen pizza margherita", new String[] {"diepvriespizza margherita", "frossen pizza margherita"}),
            Map.entry("Frozen pizza salami", new String[] {"diepvriespizza salami", "frossen pizza salami"}),
            Map.entry("Vanilla ice cream", new String[] {"vanille-ijs+", "vaniljeis"}),
            Map.entry("Frozen peas", new String[] {"diepvriesdoperwten", "frosne ærter*"}),
            Map.entry("Fish sticks", new String[] {"vissticks", "fiskepinde*"}),
            Map.entry("French fries", new String[] {"frites", "pommes frites*"}),
            Map.entry("Frozen berries", new String[] {"diepvries bosvruchten", "frosne bær*"}),
            // household
            Map.entry("Dish soap", new String[] {"afwasmiddel+", "opvaskemiddel"}),
            Map.entry("Sponges", new String[] {"sponzen", "svampe*"}),
            Map.entry("Kitchen towels", new String[] {"keukenpapier+", "køkkenruller*"}),
            Map.entry("Toilet paper", new String[] {"toiletpapier+", "toiletpapir"}),
            Map.entry("Laundry detergent", new String[] {"wasmiddel+", "vaskemiddel"}),
            Map.entry("Trash bags", new String[] {"vuilniszakken", "affaldsposer*"}),
            Map.entry("Charcoal", new String[] {"houtskool", "grillkul"}),
            Map.entry("Batteries AA", new String[] {"batterijen AA", "batterier AA*"}),
            Map.entry("Candles", new String[] {"kaarsen", "stearinlys*"}),
            // personal care
            Map.entry("Shampoo", new String[] {"shampoo", "shampoo"}),
            Map.entry("Conditioner", new String[] {"conditioner", "balsam"}),
            Map.entry("Toothpaste", new String[] {"tandpasta", "tandpasta"}),
            Map.entry("Toothbrush", new String[] {"tandenborstel", "tandbørste"}),
            Map.entry("Shower gel", new String[] {"douchegel", "brusegel"}),
            Map.entry("Deodorant", new String[] {"deodorant", "deodorant"}),
            Map.entry("Razor", new String[] {"scheermes+", "skraber"}),
            Map.entry("Shaving gel", new String[] {"scheergel", "barbergel"}),
            Map.entry("Hand cream", new String[] {"handcrème", "håndcreme"}),
            Map.entry("Sunscreen SPF30", new String[] {"zonnebrand SPF30", "solcreme SPF30"}),
            // baby
            Map.entry("Diapers size 3", new String[] {"luiers maat 3", "bleer str. 3*"}),
            Map.entry("Diapers size 4", new String[] {"luiers maat 4", "bleer str. 4*"}),
            Map.entry("Baby wipes", new String[] {"billendoekjes", "vådservietter*"}),
            Map.entry("Baby food jar", new String[] {"babyhapje+", "babymad i glas"}),
            Map.entry("Infant formula", new String[] {"zuigelingenvoeding", "modermælkserstatning"}),
            Map.entry("Baby shampoo", new String[] {"babyshampoo", "babyshampoo"}),
            // pet
            Map.entry("Dog food dry", new String[] {"hondenbrokken", "tørfoder til hunde"}),
            Map.entry("Dog treats", new String[] {"hondensnacks", "hundegodbidder*"}),
            Map.entry("Cat food wet", new String[] {"kattenvoer in saus+", "vådfoder til katte"}),
            Map.entry("Cat litter", new String[] {"kattenbakvulling", "kattegrus"}),
            Map.entry("Poop bags", new String[] {"poepzakjes", "hundeposer*"}),
            Map.entry("Cat treats", new String[] {"kattensnacks", "kattegodbidder*"}),
            // home & kitchen
            Map.entry("Mug", new String[] {"mok", "krus"}),
            Map.entry("Tea towel", new String[] {"theedoek", "viskestykke"}),
            Map.entry("Chef's knife", new String[] {"koksmes+", "kokkekniv"}),
            Map.entry("Cutting board", new String[] {"snijplank", "skærebræt"}),
            Map.entry("Food containers", new String[] {"vershoudbakjes", "opbevaringsbokse*"}),
            Map.entry("Wine glasses", new String[] {"wijnglazen", "vinglas*"}),
            Map.entry("Corkscrew", new String[] {"kurkentrekker", "proptrækker"}),
            Map.entry("Coffee filter papers", new String[] {"koffiefilters", "kaffefiltre*"}),
            // phone & electronics
            Map.entry("USB-C cable", new String[] {"USB-C-kabel", "USB-C-kabel"}),
            Map.entry("Phone charger", new String[] {"telefoonlader", "telefonoplader"}),
            Map.entry("Power bank", new String[] {"powerbank", "powerbank"}),
            Map.entry("Earbuds", new String[] {"oordopjes", "høretelefoner*"}),
            Map.entry("Phone case", new String[] {"telefoonhoesje+", "mobilcover"}),
            Map.entry("Screen protector", new String[] {"screenprotector", "skærmbeskytter"}));

    /**
     * A product line's word in front of the name, {Dutch, Danish}: "-e" in Dutch and Danish marks an adjective that
     * agrees with the noun ("biologisch-e" is "biologische" before a de-word or a plural); a leading "~" puts the
     * word after the product instead ("~familieverpakking").
     */
    private static final Map<String, String[]> LINES = Map.ofEntries(
            Map.entry("Organic", new String[] {"biologisch-e", "økologisk-e"}),
            Map.entry("Classic", new String[] {"klassiek-e", "klassisk-e"}),
            Map.entry("Light", new String[] {"light", "light"}),
            Map.entry("Family pack", new String[] {"~familieverpakking", "~familiepakke"}),
            Map.entry("Extra", new String[] {"extra", "ekstra"}),
            Map.entry("Premium", new String[] {"premium", "premium"}),
            Map.entry("Mini", new String[] {"mini", "mini"}),
            Map.entry("Fair trade", new String[] {"fairtrade", "fairtrade"}),
            Map.entry("Original", new String[] {"origine-le", "original"}),
            Map.entry("Gold", new String[] {"gold", "gold"}),
            Map.entry("Select", new String[] {"select", "select"}));

    /** Pack-size words, {Dutch, Danish}. */
    private static final Map<String, String[]> UNITS = Map.of(
            "pcs", new String[] {"st.", "stk."},
            "bags", new String[] {"zakjes", "breve"},
            "rolls", new String[] {"rollen", "ruller"});

    /** Location names that are descriptions, not proper names: {Dutch, Danish}. */
    static final Map<String, String[]> LOCATIONS = Map.of(
            "Central warehouse", new String[] {"Centraal magazijn", "Centrallager"});

    private DemoTranslations() {
    }

    /**
     * The product's name in {@code language} ("nl" or "da").
     *
     * @param line     the product line ("Organic"), or "" for none
     * @param product  the English product as the catalogue lists it ("Apple juice")
     * @param packSize the English pack size ("4 pcs", "1.5 L"), or "" for none
     * @param weighed  sold per kilogram (no line, no pack size)
     * @throws IllegalStateException when a part has no translation: every demo product must have one
     */
    static String name(String language, String line, String product, String packSize, boolean weighed) {
        int l = index(language);
        String[] noun = PRODUCTS.get(product);
        if (noun == null) {
            throw new IllegalStateException("No " + language + " name for the demo product " + product);
        }
        String word = noun[l];
        boolean agreesWithout = l == 0 ? word.endsWith("+") : !word.endsWith("*"); // het-word / Danish singular
        word = word.replaceAll("[+*]$", "");
        String name;
        if (weighed) {
            name = word + (l == 0 ? " (per kg)" : " (pr. kg)");
        } else if (line.isEmpty()) {
            name = word;
        } else {
            String[] words = LINES.get(line);
            if (words == null) {
                throw new IllegalStateException("No " + language + " word for the demo product line " + line);
            }
            String before = words[l];
            if (before.startsWith("~")) {
                name = word + " " + before.substring(1);
            } else {
                int dash = before.indexOf('-');
                String adjective = dash < 0 ? before
                        : agreesWithout ? dutchWithoutEnding(before.substring(0, dash), l)
                        : before.substring(0, dash) + before.substring(dash + 1);
                name = adjective + " " + word;
            }
        }
        if (!packSize.isEmpty()) {
            name = name + " " + packSize(packSize, l);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Dutch "origine-le" without its ending is "origineel" (the vowel doubles in the closed syllable). */
    private static String dutchWithoutEnding(String stem, int language) {
        return language == 0 && stem.equals("origine") ? "origineel" : stem;
    }

    /** The product's description in {@code language}: the same facts as the English one ("Apple juice 1 L by Fresco."). */
    static String description(String language, String translatedName, String brand) {
        return translatedName + (index(language) == 0 ? " van " : " fra ") + brand + ".";
    }

    private static String packSize(String english, int language) {
        String[] parts = english.split(" ");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String[] unit = UNITS.get(part);
            String word = unit != null ? unit[language]
                    : part.matches("[0-9x]*[0-9]\\.[0-9]+") ? part.replace('.', ',') : part;
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    private static int index(String language) {
        int i = LANGUAGES.indexOf(language);
        if (i < 0) {
            throw new IllegalArgumentException("The demo has no names in " + language);
        }
        return i;
    }
}
