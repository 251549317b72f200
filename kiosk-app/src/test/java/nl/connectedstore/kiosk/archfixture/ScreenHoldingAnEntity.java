package nl.connectedstore.kiosk.archfixture;

import java.sql.Connection;
import nl.connectedstore.catalog.Product;

/** A deliberate violation for AppLayerRulesFailTest: app code holding an entity and a JDBC connection. */
public class ScreenHoldingAnEntity {

    Product product;
    Connection connection;
}
