package nl.connectedstore.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import nl.connectedstore.store.PinHasher;
import org.junit.jupiter.api.Test;

/**
 * The demo fill takes its staff's PIN hashes from a table instead of deriving them (see
 * {@code DemoChain.pinHash}): the table must hold exactly what deriving would give, for the salts the seeded fill
 * draws, so a demo database is the same either way and every demo PIN still signs in.
 */
class DemoPinHashesTest {

    @Test
    void everyListedHashIsWhatDerivingItGivesAndAcceptsItsPin() {
        assertThat(DemoChain.seededPinHashes()).hasSize(DemoChain.STAFF.size());
        DemoChain.seededPinHashes().forEach((pinAndSalt, hash) -> {
            String pin = pinAndSalt.substring(0, pinAndSalt.indexOf('$'));
            byte[] salt = Base64.getDecoder().decode(pinAndSalt.substring(pinAndSalt.indexOf('$') + 1));
            assertThat(PinHasher.hash(pin.toCharArray(), salt)).as(pinAndSalt).isEqualTo(hash);
            assertThat(PinHasher.matches(pin.toCharArray(), hash)).as(pinAndSalt).isTrue();
            assertThat(PinHasher.matches("0000".toCharArray(), hash)).as(pinAndSalt).isFalse();
        });
    }

    @Test
    void theSeededFillFindsEveryStaffMembersHashInTheTable() {
        // the staff are the fill's first use of its seeded random source: their salts come first
        Random seeded = new Random(DemoChain.SEED);
        for (String[] staff : DemoChain.STAFF) {
            byte[] salt = new byte[PinHasher.SALT_BYTES];
            seeded.nextBytes(salt);
            String key = staff[3] + "$" + Base64.getEncoder().withoutPadding().encodeToString(salt);
            assertThat(DemoChain.seededPinHashes()).as(staff[1]).containsKey(key);
            assertThat(DemoChain.pinHash(staff[3], salt)).isEqualTo(DemoChain.seededPinHashes().get(key));
        }
    }

    @Test
    void aPinOrSaltNotInTheTableIsDerivedAsUsual() {
        byte[] salt = new byte[PinHasher.SALT_BYTES];
        new Random(7).nextBytes(salt);
        String hash = DemoChain.pinHash("9876", salt);
        assertThat(DemoChain.seededPinHashes()).doesNotContainValue(hash);
        assertThat(PinHasher.matches("9876".toCharArray(), hash)).isTrue();
    }
}
