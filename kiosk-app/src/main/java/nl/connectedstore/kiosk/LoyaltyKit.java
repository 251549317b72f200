package nl.connectedstore.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import nl.connectedstore.clienteling.ArrivalService;
import nl.connectedstore.consent.ConsentService;
import nl.connectedstore.customers.CustomerService;
import nl.connectedstore.privacy.PrivacyPortal;

/**
 * What the kiosk needs for the loyalty card, checking regulars in, and the privacy portal: the services, made once by
 * the composition root.
 *
 * @param exportDir where "Save my data" writes the customer's file (the kiosk's USB stick, say)
 * @param clock     the services' clock: the portal's presenter measures its waits by it too
 */
record LoyaltyKit(CustomerService customers, ConsentService consents, PrivacyPortal portal, ArrivalService arrivals,
                  Path exportDir, Clock clock) {
}
