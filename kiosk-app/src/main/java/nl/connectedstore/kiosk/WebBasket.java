package nl.connectedstore.kiosk;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.connectedstore.catalog.ProductCard;
import nl.connectedstore.orders.OrderService;

/** One customer's webshop basket: products and how many, until they order or the session ends. */
final class WebBasket {

    record Line(ProductCard card, int quantity) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final IntegerBinding items = Bindings.createIntegerBinding(
            () -> lines.stream().mapToInt(Line::quantity).sum(), lines);

    void add(ProductCard card, int quantity) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).card().id() == card.id()) {
                set(i, lines.get(i).quantity() + quantity);
                return;
            }
        }
        lines.add(new Line(card, Math.min(quantity, OrderService.MAX_QUANTITY)));
    }

    /** Changes a line's quantity; 0 removes it. */
    void setQuantity(long productId, int quantity) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).card().id() == productId) {
                set(i, quantity);
                return;
            }
        }
    }

    private void set(int index, int quantity) {
        if (quantity <= 0) {
            lines.remove(index);
        } else {
            lines.set(index, new Line(lines.get(index).card(), Math.min(quantity, OrderService.MAX_QUANTITY)));
        }
    }

    void replace(long productId, ProductCard instead) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).card().id() == productId) {
                int quantity = lines.get(i).quantity();
                lines.remove(i);
                add(instead, quantity);
                return;
            }
        }
    }

    ObservableList<Line> lines() {
        return lines;
    }

    IntegerBinding items() {
        return items;
    }

    List<OrderService.Wanted> wanted() {
        return lines.stream().map(l -> new OrderService.Wanted(l.card().id(), l.quantity())).toList();
    }

    void clear() {
        lines.clear();
    }
}
