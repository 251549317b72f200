package nl.connectedstore.counter;

import java.time.Clock;
import java.time.Duration;
import nl.connectedstore.orders.OrderService;
import nl.connectedstore.sales.PaymentTerminal;
import nl.connectedstore.sales.SimulatedPaymentTerminal;

/**
 * What the counter needs to hand over webshop orders.
 *
 * @param payments  the counter's card terminal
 * @param simulator the simulated card terminal when no real one is connected (its buttons are shown), or null
 * @param pollEvery how often the order lists ask the database
 * @param clock     the app's clock: what the desk shows as overdue or due today is measured by it
 */
record CounterOrders(OrderService orders, PaymentTerminal payments, SimulatedPaymentTerminal simulator,
                     Duration pollEvery, Clock clock) {
}
