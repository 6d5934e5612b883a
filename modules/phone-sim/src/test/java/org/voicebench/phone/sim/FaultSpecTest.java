package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

    @Test
    void parsesTheExampleOfTheCli() {
        FaultSpec s = FaultSpec.parse("weblock=0.1,slow=200ms,drop=0.05,latency=300ms");
        PhoneConditions c = s.forPhone(3);
        assertEquals(Duration.ofMillis(200), c.responseDelay());
        assertEquals(0.05, c.dropRate());
        assertEquals(Duration.ofMillis(300), c.uiLatency());
        long locked = IntStream.range(0, 1000).filter(i -> !s.forPhone(i).webAccess()).count();
        assertEquals(100, locked, "a tenth of 1,000 phones");
        assertEquals("weblock=0.1,slow=200ms,drop=0.05,latency=300ms", s.toString());
    }

    @Test
    void flagsApplyToEveryPhoneAndDurationsTakeUnits() {
        FaultSpec s = FaultSpec.parse(" busy , authfail=true, restricted, slow=2s, error=1, seed=9 ");
        PhoneConditions c = s.forPhone(0);
        assertTrue(c.busy());
        assertTrue(c.authFailing());
        assertEquals(SettingsAccess.RESTRICTED, c.settingsAccess());
        assertEquals(Duration.ofSeconds(2), c.responseDelay());
        assertEquals(1.0, c.errorRate());
        assertTrue(c.webAccess());
        assertEquals(PhoneConditions.NORMAL.withSeed(1_000_004L), FaultSpec.parse("").forPhone(1),
                "empty spec: normal phones");
    }

    @Test
    void sameSpecGivesTheSameConditions() {
        FaultSpec a = FaultSpec.parse("weblock=0.3,seed=5");
        FaultSpec b = FaultSpec.parse("weblock=0.3,seed=5");
        for (int i = 0; i < 50; i++) {
            assertEquals(a.forPhone(i), b.forPhone(i));
        }
    }

    @Test
    void badItemsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("drop=2"));
        assertTrue(e.getMessage().contains("drop=2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("slow=fast"));
        assertTrue(e.getMessage().contains("300ms"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("frobnicate=1"));
        assertTrue(e.getMessage().contains("unknown fault 'frobnicate'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("unlock=abc"));
        assertFalse(e.getMessage().contains("abc"), "the password stays out of messages: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse("latency"));
    }

    @Test
    void theUnlockPasswordIsMasked() {
        FaultSpec s = FaultSpec.parse("unlock=2468");
        assertEquals("2468", s.forPhone(0).unlockPassword());
        assertFalse(s.toString().contains("2468"));
        assertFalse(s.forPhone(0).toString().contains("2468"));
    }

    @Test
    void httpsAuthAndFrenchGoToTheirShareOfThePhonesTheSameWayEachTime() {
        FaultSpec s = FaultSpec.parse("httpsauth=0.25,french=0.5,seed=3");
        long https = IntStream.range(0, 1000).filter(i -> s.forPhone(i).httpsAuthenticationUrl()).count();
        long french = IntStream.range(0, 1000).filter(i -> s.forPhone(i).frenchLabels()).count();
        assertEquals(250, https, "a quarter of 1,000 phones");
        assertEquals(500, french);
        FaultSpec again = FaultSpec.parse("httpsauth=0.25,french=0.5,seed=3");
        for (int i = 0; i < 100; i++) {
            assertEquals(s.forPhone(i), again.forPhone(i));
        }
        assertTrue(FaultSpec.parse("httpsauth").forPhone(7).httpsAuthenticationUrl(), "no value: every phone");
        assertFalse(FaultSpec.parse("").forPhone(7).httpsAuthenticationUrl(), "HTTP by default");
        assertEquals("httpsauth=0.25,french=0.5,seed=3", s.toString());
    }

    @Test
    void conditionsNameTheAuthenticationUrlScheme() {
        assertTrue(PhoneConditions.NORMAL.toString().contains("authenticationUrl=http,"));
        PhoneConditions https = PhoneConditions.NORMAL.withHttpsAuthenticationUrl(true);
        assertTrue(https.toString().contains("authenticationUrl=https"), https.toString());
        assertFalse(https.withHttpsAuthenticationUrl(false).httpsAuthenticationUrl());
        assertEquals(PhoneConditions.NORMAL, https.withHttpsAuthenticationUrl(false));
    }
}
