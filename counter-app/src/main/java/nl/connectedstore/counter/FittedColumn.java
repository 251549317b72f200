package nl.connectedstore.counter;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table column kept as wide as the widest text it shows now, its title and samples of what it may show next, so
 * none of it is cut to "...": a barcode, a price, a date. When the columns need more than the table, it scrolls
 * sideways. The tables that use it set their font to {@value #FONT_SIZE} px (counter.css).
 */
final class FittedColumn {

    static final int FONT_SIZE = 14;

    private FittedColumn() {
    }

    static <T> TableColumn<T, String> of(TableView<T> table, String title, Function<T, String> value,
                                         String... samples) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        Runnable fit = () -> {
            double widest = textWidth(title, FontWeight.BOLD) + 24; // a bold header, and its sort arrow
            for (String sample : samples) {
                widest = Math.max(widest, textWidth(sample, FontWeight.NORMAL));
            }
            for (T row : table.getItems()) {
                String text = value.apply(row);
                if (text != null) {
                    widest = Math.max(widest, textWidth(text, FontWeight.NORMAL));
                }
            }
            column.setPrefWidth(Math.ceil(widest + 24)); // the cell's padding
            column.setMinWidth(column.getPrefWidth());
        };
        table.itemsProperty().addListener((obs, was, now) -> fit.run());
        table.getItems().addListener((ListChangeListener<T>) change -> fit.run());
        fit.run();
        return column;
    }

    private static double textWidth(String text, FontWeight weight) {
        Text measure = new Text(text);
        measure.setFont(Font.font(null, weight, FONT_SIZE));
        return measure.getLayoutBounds().getWidth();
    }
}
