package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CucmTrustTest {

    private static final String SHA256_OF_ABC = "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

    @Test
    void fingerprintsAreColonSeparatedUpperCaseSha256() {
        assertEquals(SHA256_OF_ABC, CucmTrust.fingerprint("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aPinIsReadWithOrWithoutColonsInEitherCase() {
        String bare = SHA256_OF_ABC.replace(":", "").toLowerCase(java.util.Locale.ROOT);
        assertEquals(CucmTrust.pinned(SHA256_OF_ABC).toString(), CucmTrust.pinned(bare).toString());
        assertTrue(CucmTrust.pinned(bare).toString().contains(SHA256_OF_ABC));
        assertFalse(CucmTrust.pinned(bare).checksHostName(), "a pin names the certificate; the host name is not checked");
    }

    @Test
    void somethingElseIsNotAPin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CucmTrust.pinned("AB:CD"));
        assertTrue(e.getMessage().contains("AB:CD"));
        assertThrows(IllegalArgumentException.class, () -> CucmTrust.pinned(SHA256_OF_ABC.replace('B', 'G')));
        // a SHA-1 fingerprint is too short
        assertThrows(IllegalArgumentException.class, () -> CucmTrust.pinned("A9993E364706816ABA3E25717850C26C9CD0D89D"));
    }

    @Test
    void onlyTheTrustStoreChecksHostNames() {
        assertTrue(CucmTrust.systemTrustStore().checksHostName());
        assertFalse(CucmTrust.anyCertificateForLab().checksHostName());
        assertTrue(CucmTrust.anyCertificateForLab().toString().contains("lab only"));
    }
}
