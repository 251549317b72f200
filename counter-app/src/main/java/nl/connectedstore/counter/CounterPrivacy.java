package nl.connectedstore.counter;

import nl.connectedstore.consent.AccessLog;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.ErasureRequests;
import nl.connectedstore.privacy.RetentionJob;

/**
 * What the counter needs for loyalty cards and privacy: the cards, the staff access log every read of a
 * customer writes to, the retention clean-up the admin menu runs, and the erasures customers asked for at a kiosk
 * (the counter carries them out: the kiosk may not).
 *
 * @param terminalCode this counter, as the access log names it
 */
record CounterPrivacy(CustomerService customers, AccessLog accessLog, RetentionJob retention,
                      ErasureRequests erasures, String terminalCode) {
}
