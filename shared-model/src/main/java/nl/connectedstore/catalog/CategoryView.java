package nl.connectedstore.catalog;

/** A category for menus: the code picks the translated name, the name is the fallback. */
public record CategoryView(long id, String code, String name) {
}
