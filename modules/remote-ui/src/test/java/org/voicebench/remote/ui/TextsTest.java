package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.TrustFile;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;

class TextsTest {

    private static final PhoneAddress A = PhoneAddress.parse("10.0.0.1");

    private static String banner(PhoneFailure f, String user, String uri) {
        return Texts.banner(new PhoneException(A, f, "phone " + A + " said no", "Invalid URI", null), user, uri);
    }

    @Test
    void everyFailureHasItsOwnBannerWithoutTheClientsInternals() {
        assertTrue(banner(PhoneFailure.AUTH_FAILED, "u1", null).startsWith("Authentication failed: the phone refused user \"u1\""));
        assertTrue(banner(PhoneFailure.AUTH_FAILED, null, null).startsWith("Authentication failed: no user and password are set"));
        assertTrue(banner(PhoneFailure.WEB_ACCESS_DISABLED, "u", null).startsWith("Web access is disabled on this phone"));
        assertTrue(banner(PhoneFailure.UNREACHABLE, "u", null).startsWith("The phone cannot be reached"));
        assertTrue(banner(PhoneFailure.CONNECTION_DROPPED, "u", null).contains("rebooting"));
        assertEquals("The phone rejected Key:Foo (Invalid URI): it does not accept it in its current state, or this model has no such key.",
                banner(PhoneFailure.URI_REJECTED, "u", "Key:Foo"));
        assertTrue(banner(PhoneFailure.QUEUE_TIMEOUT, "u", null).startsWith("The phone is busy"));
        assertEquals("The phone answered unexpectedly: phone 10.0.0.1:80 said no", banner(PhoneFailure.NOT_AN_IMAGE, "u", null));
        assertNull(banner(PhoneFailure.CANCELLED, "u", null), "a cancelled request shows nothing");
    }

    @Test
    void statesAndItlReadAsInTheColumns() {
        assertEquals("authentication OK", Texts.state(PhoneState.AUTH_OK));
        assertEquals("web access off", Texts.state(PhoneState.WEB_ACCESS_OFF));
        assertEquals("", Texts.itl(null));
        TrustFile none = new TrustFile(TrustFile.Presence.NOT_INSTALLED, null, null, TrustFile.HashAlgorithm.UNKNOWN, "", "ITL file");
        assertEquals("no ITL", Texts.itl(new PhoneProbe.Result(PhoneState.REACHABLE, null, null, null, none, null, null,
                Instant.EPOCH, null, null)));
        TrustFile some = new TrustFile(TrustFile.Presence.INSTALLED, null, "0123abcdef", TrustFile.HashAlgorithm.UNKNOWN, "01 23 AB CD EF ",
                "ITL signature");
        assertEquals("ITL 0123ABCD\u2026", Texts.itl(new PhoneProbe.Result(PhoneState.REACHABLE, null, null, null, some, null, null,
                Instant.EPOCH, null, null)));
    }
}
