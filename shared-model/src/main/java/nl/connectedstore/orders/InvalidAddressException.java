package nl.connectedstore.orders;

import java.util.List;

/** A delivery address that does not pass {@link Address#problems()}; nothing was ordered. */
public final class InvalidAddressException extends IllegalArgumentException {

    private final List<Address.Problem> problems;

    InvalidAddressException(List<Address.Problem> problems) {
        super("The delivery address is not complete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Address.Problem> problems() {
        return problems;
    }
}
