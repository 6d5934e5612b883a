package org.voicebench.phone.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;

class PhoneInventoryTest {

    private static final PhoneAddress A = PhoneAddress.parse("10.0.0.1");
    private static final PhoneAddress B = PhoneAddress.parse("10.0.0.2");
    private static final PhoneAddress C = PhoneAddress.parse("10.0.0.3");

    /** A secret store in memory. */
    static final class MemorySecrets implements SecretStore {
        final Map<String, char[]> values = new HashMap<>();

        @Override
        public char[] read(String key) {
            char[] v = values.get(key);
            return v == null ? null : v.clone();
        }

        @Override
        public void save(String key, char[] secret, String description) {
            values.put(key, secret.clone());
        }

        @Override
        public void delete(String key) {
            values.remove(key);
        }
    }

    @Test
    void editsKeepOrderAndAddressesUnique() {
        PhoneInventory inv = PhoneInventory.empty().with(PhoneEntry.of(A)).with(PhoneEntry.of(B).withGroup("HQ"))
                .with(PhoneEntry.of(A).withName("first"));
        assertEquals(List.of(A, B), inv.phones().stream().map(PhoneEntry::address).toList());
        assertEquals("first", inv.find(A).orElseThrow().name());
        inv = inv.replacing(A, PhoneEntry.of(C).withName("moved"));
        assertEquals(List.of(C, B), inv.phones().stream().map(PhoneEntry::address).toList());
        assertEquals(List.of("", "HQ"), inv.groups());
        assertEquals(List.of(B), inv.inGroup("HQ").stream().map(PhoneEntry::address).toList());
        assertEquals(List.of(C), inv.withoutGroup("HQ").phones().stream().map(PhoneEntry::address).toList());
        assertThrows(IllegalArgumentException.class, () -> PhoneInventory.of(List.of(PhoneEntry.of(A), PhoneEntry.of(A)), Map.of()));
    }

    @Test
    void thePhonesOwnUserWinsOverTheGroupsAndEachHasItsSecretKey() {
        PhoneInventory inv = PhoneInventory.empty().with(PhoneEntry.of(A).withGroup("HQ"))
                .with(PhoneEntry.of(B).withGroup("HQ").withUser("own")).with(PhoneEntry.of(C))
                .withGroupUser("HQ", "groupuser");
        assertEquals(Optional.of("groupuser"), inv.userFor(A));
        assertEquals(Optional.of("own"), inv.userFor(B));
        assertEquals(Optional.empty(), inv.userFor(C));
        assertEquals(Optional.of(PhoneInventory.groupSecretKey("HQ")), inv.secretKey(A));
        assertEquals(Optional.of(PhoneInventory.phoneSecretKey(B)), inv.secretKey(B));
        assertEquals(Optional.empty(), inv.secretKey(C));
    }

    @Test
    void credentialsComeFromTheListAndTheSecretStore() {
        MemorySecrets secrets = new MemorySecrets();
        PhoneInventory[] inv = {PhoneInventory.empty().with(PhoneEntry.of(A).withGroup("HQ")).withGroupUser("HQ", "g")};
        InventoryCredentials creds = new InventoryCredentials(() -> inv[0], secrets);
        assertTrue(creds.credentialsFor(A).isEmpty(), "no stored password: no credentials");
        secrets.save(PhoneInventory.groupSecretKey("HQ"), "pw1".toCharArray(), "HQ");
        PhoneCredentials c = creds.credentialsFor(A).orElseThrow();
        assertEquals("g", c.user());
        assertArrayEquals("pw1".toCharArray(), c.password());
        inv[0] = inv[0].with(PhoneEntry.of(A).withGroup("HQ").withUser("mine"));
        assertTrue(creds.credentialsFor(A).isEmpty(), "the phone's own user needs its own password");
        secrets.save(PhoneInventory.phoneSecretKey(A), "pw2".toCharArray(), "A");
        assertEquals("mine", creds.credentialsFor(A).orElseThrow().user());
        assertTrue(creds.credentialsFor(B).isEmpty(), "unlisted phone");
    }

    @Test
    void phonesOwnCredentialsLeaveOutTheGroups() {
        MemorySecrets secrets = new MemorySecrets();
        PhoneInventory[] inv = {PhoneInventory.empty().with(PhoneEntry.of(A).withGroup("Lab")).withGroupUser("Lab", "g")};
        secrets.save(PhoneInventory.groupSecretKey("Lab"), "pw1".toCharArray(), "Lab");
        InventoryCredentials own = InventoryCredentials.phonesOwn(() -> inv[0], secrets);
        assertTrue(own.credentialsFor(A).isEmpty(), "the group's credentials are not the phone's own");
        assertEquals("g", new InventoryCredentials(() -> inv[0], secrets).credentialsFor(A).orElseThrow().user());
        inv[0] = inv[0].with(PhoneEntry.of(A).withGroup("Lab").withUser("mine"));
        secrets.save(PhoneInventory.phoneSecretKey(A), "pw2".toCharArray(), "A");
        assertEquals("mine", own.credentialsFor(A).orElseThrow().user());
        assertTrue(own.credentialsFor(B).isEmpty(), "unlisted phone");
    }

    @Test
    void entriesRefuseControlCharactersAndColonsInUsers() {
        assertThrows(IllegalArgumentException.class, () -> PhoneEntry.of(A).withName("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> PhoneEntry.of(A).withUser("a:b"));
        assertEquals("10.0.0.1:80", PhoneEntry.of(A).displayName());
    }
}
