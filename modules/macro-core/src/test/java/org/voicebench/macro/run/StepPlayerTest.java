package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.sim.PhoneLab;

/** The editor's step-through: one step at a time on a simulated 8845. */
class StepPlayerTest {

    @Test
    void playsKeysGuardsPausesAndWaits() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().firstAddress("127.0.97.1").add(1, "8845").start();
             PhoneClient client = SimFixtures.client()) {
            StepPlayer player = new StepPlayer(client.phone(PhoneAddress.parse(lab.phone(0).hostAndPort())));

            StepPlayer.Played key = player.play(new Step.Key("Applications"));
            assertTrue(key.passed(), key.message());
            assertEquals(1, lab.phone(0).acceptedKeys());
            assertTrue(player.play(new Step.WaitScreenStable(5_000)).passed());
            StepPlayer.Played guard = player.play(new Step.ExpectScreen(ScreenPart.TITLE, "^Applications$"));
            assertTrue(guard.passed(), guard.message());
            StepPlayer.Played wrong = player.play(new Step.ExpectScreen(ScreenPart.TITLE, "^Directories$"));
            assertFalse(wrong.passed());
            assertTrue(wrong.message().contains("title \"Applications\""), wrong.message());
            assertTrue(player.play(new Step.Pause(10)).passed());
            assertTrue(player.play(new Step.Screenshot("menu")).passed());
            assertEquals(1, lab.phone(0).acceptedKeys(), "only key and URI steps send keys");
        }
    }
}
