package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.model.PhoneFamily;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * Every built-in macro, at its real delays, on one simulated phone of every shipped model (so every family,
 * Bluetooth models included): the phone reaches the guarded screen, the erase happens, the trust list is gone.
 * The three built-ins run at the same time, each on its own phones.
 */
class BuiltInsOnSimulatorTest {

    private static PhoneLab lab;
    private static PhoneClient client;
    /** Per built-in and model: the phone it ran on and its result. */
    private static final Map<String, SimulatedPhone> PHONES = new HashMap<>();
    private static final Map<String, PhoneResult> RESULTS = new HashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Macro m : MacroLibrary.builtIns()) {
            for (ModelProfile p : ModelProfiles.builtIn().all()) {
                out.add(Arguments.of(m.name(), p.model(), p.family()));
            }
        }
        return out.stream();
    }

    @BeforeAll
    static void runEveryBuiltInOnEveryModel() throws Exception {
        List<ModelProfile> models = List.copyOf(ModelProfiles.builtIn().all());
        List<Macro> macros = MacroLibrary.builtIns();
        PhoneLab.Builder b = SimFixtures.lab().rebootTime(Duration.ofSeconds(30)); // stay down: the test looks at the erased phone
        for (int i = 0; i < macros.size(); i++) {
            for (ModelProfile p : models) {
                b.add(1, p.model());
            }
        }
        lab = b.start();
        client = SimFixtures.client();
        MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(models.size()));
        List<MacroRun> runs = new ArrayList<>();
        for (int i = 0; i < macros.size(); i++) {
            List<SimulatedPhone> phones = lab.phones().subList(i * models.size(), (i + 1) * models.size());
            runs.add(player.start(macros.get(i), phones.stream().map(SimFixtures::entry).toList(),
                    RunOptions.defaults().withConfirmation().withBlindAccepted()));
            for (SimulatedPhone p : phones) {
                PHONES.put(macros.get(i).name() + "/" + p.profile().model(), p);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            List<PhoneResult> results = runs.get(i).await(Duration.ofSeconds(90));
            assertNotNull(results, macros.get(i).name() + " did not finish within 90 s");
            for (PhoneResult r : results) {
                RESULTS.put(macros.get(i).name() + "/" + r.model(), r);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @ParameterizedTest(name = "{0} on {1} ({2})")
    @MethodSource("cases")
    void theBuiltInErasesTheTrustListOfItsFamilyOrLeavesThePhoneAlone(String macro, String model, PhoneFamily family) {
        String key = macro + "/" + model;
        PhoneResult r = RESULTS.get(key);
        SimulatedPhone phone = PHONES.get(key);
        assertNotNull(r, "no result for " + key + ": " + RESULTS.keySet());
        ModelProfile profile = ModelProfiles.builtIn().forModel(model);
        boolean known = MacroLibrary.builtIn(macro).orElseThrow().variantFor(profile).isPresent()
                && !profile.itlEraseSequence().isEmpty();
        if (!known) {
            assertEquals(Outcome.UNSUPPORTED_MODEL, r.outcome(), key + ": no known way to erase, so nothing pressed: " + r);
            assertFalse(r.touched(), key);
            assertTrue(phone.hasItl(), key);
            return;
        }
        assertEquals(Outcome.SUCCESS, r.outcome(), key + ": " + r);
        assertEquals(0, r.retries(), key);
        if (macro.equals("restart")) {
            assertTrue(phone.hasItl(), key + ": a restart must not erase the ITL");
            assertEquals(List.of(profile.family().is79xx() ? "Restart" : "Reset device"), phone.confirmedResets(), key);
            assertEquals("", phone.dialledDigits(), key + ": digits were dialled");
            return;
        }
        assertFalse(phone.hasCtl(), key + ": the CTL is still there");
        assertFalse(phone.hasItl(), key + ": the ITL is still there");
        assertTrue(phone.rebooting() || phone.rebootCount() > 0 || phone.screen().status().contains("Erasing"),
                key + ": the phone did not restart; screen " + phone.screen());
        assertEquals(List.of(), phone.confirmedResets(), key + ": another reset was confirmed");
        assertEquals("", phone.dialledDigits(), key + ": digits were dialled");
        assertEquals(0, phone.droppedKeys(), key + ": keys dropped");
    }
}
