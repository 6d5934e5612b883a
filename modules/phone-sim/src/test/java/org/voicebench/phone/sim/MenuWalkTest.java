package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/** The menu state machines against the ITL-erase sequences recorded in phone-core's model profiles. */
class MenuWalkTest {

    private final AtomicInteger erased = new AtomicInteger();
    private long now = 1_000_000_000L;

    static Stream<ModelProfile> models() {
        return ModelProfiles.builtIn().all().stream();
    }

    private PhoneDevice device(ModelProfile m, PhoneConditions c) {
        PhoneDevice d = new PhoneDevice(m, "10000", c, erased::incrementAndGet);
        d.trust().installItl(LabFixtures.itl(LabFixtures.T1));
        return d;
    }

    private List<CiscoXml.Item> run(PhoneDevice d, String uri) {
        now += 1_000_000_000L;
        return d.execute(List.of(uri), now);
    }

    private void walk(PhoneDevice d, List<String> steps) {
        for (String s : steps) {
            if (!s.startsWith("Pause:")) {
                assertEquals(0, run(d, s).get(0).status(), s);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theProfilesEraseSequenceErasesTheItl(ModelProfile m) {
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        assertFalse(m.itlEraseSequence().isEmpty(), m.model() + " has no erase sequence");
        walk(d, m.itlEraseSequence());
        assertNull(d.trust().itl(), m.model() + " still holds its ITL; screen " + d.screen());
        assertNull(d.trust().ctl());
        assertEquals(1, erased.get(), "one restart requested");
        assertTrue(d.screen().status().contains("Restarting"), d.screen().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void withoutTheUnlockTheErasingKeyDoesNothingOn79xx(ModelProfile m) {
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        List<String> noUnlock = m.itlEraseSequence().stream()
                .filter(s -> !s.equals("Key:KeyPadStar") && !s.equals("Key:KeyPadPound")).toList();
        walk(d, noUnlock);
        if (m.securityUnlockRequired()) {
            assertNotNull(d.trust().itl(), m.model() + ": erased without **#");
            assertEquals(0, erased.get());
        } else {
            assertNull(d.trust().itl(), m.model() + " needs no unlock");
        }
    }

    @Test
    void theCtlFilePageErasesTheTrustListAfterTheUnlockOn79xx() {
        for (String model : List.of("7941", "7965", "7975")) {
            ModelProfile m = ModelProfiles.builtIn().forModel(model);
            PhoneDevice d = device(m, PhoneConditions.NORMAL);
            d.trust().installCtl(LabFixtures.itl(LabFixtures.T1));
            List<String> toTrustFiles = m.family() == org.voicebench.phone.model.PhoneFamily.CP79X1
                    ? List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad1")
                    : List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5");
            walk(d, toTrustFiles);
            walk(d, List.of("Key:KeyPad1", "Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound"));
            Screen ctl = d.screen();
            assertEquals("CTL File", ctl.title(), model);
            assertEquals("Unlocked", ctl.status(), model);
            assertEquals("Erase", ctl.softKey(model.equals("7975") ? 5 : 4), model + " " + ctl);
            walk(d, model.equals("7975") ? List.of("Key:Soft5") : List.of("Key:Soft4", "Key:Soft2"));
            assertNull(d.trust().ctl(), model + " still holds its CTL; screen " + d.screen());
        }
        assertEquals(3, erased.get(), "one restart per phone");
    }

    @Test
    void theItlFileScreenShowsTheLockAndTheEraseKeyAfterTheUnlock() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7965");
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        walk(d, List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2"));
        Screen locked = d.screen();
        assertEquals("ITL File", locked.title());
        assertEquals("Locked", locked.status());
        assertEquals("", locked.softKey(4));
        walk(d, List.of("Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound"));
        assertEquals("Erase", d.screen().softKey(4));
        assertTrue(d.screen().shows(d.trust().itl().md5()));
    }

    @Test
    void the7970ErasesOnSoft5WithoutConfirmation() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7970");
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        walk(d, List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2", "Key:KeyPadStar",
                "Key:KeyPadStar", "Key:KeyPadPound", "Key:Soft4"));
        assertNotNull(d.trust().itl(), "Soft4 is not Erase on a 7970");
        walk(d, List.of("Key:Soft5"));
        assertNull(d.trust().itl());
    }

    @Test
    void settingsKeyClosesAnOpen79xxMenuWhichIsWhyScriptsStartWithInit() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7941");
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        walk(d, List.of("Key:Settings", "Key:KeyPad4"));
        walk(d, List.of("Key:Settings"));
        assertTrue(d.screen().softKeys().contains("NewCall"), "back on the idle screen: " + d.screen());
        walk(d, m.itlEraseSequence());
        assertNull(d.trust().itl());
    }

    @Test
    void bluetoothShiftsAdminSettingsTo6() {
        ModelProfile bt = ModelProfiles.builtIn().forModel("8845");
        PhoneDevice d = device(bt, PhoneConditions.NORMAL);
        walk(d, List.of("Key:Applications", "Key:KeyPad5"));
        assertEquals("Phone information", d.screen().title());
        ModelProfile plain = ModelProfiles.builtIn().forModel("8811");
        PhoneDevice d2 = device(plain, PhoneConditions.NORMAL);
        walk(d2, List.of("Key:Applications", "Key:KeyPad5"));
        assertEquals("Admin settings", d2.screen().title());
    }

    @Test
    void restrictedSettingsHideTheSecurityMenusAndDisabledSettingsDoNothing() {
        for (ModelProfile m : List.of(ModelProfiles.builtIn().forModel("7965"), ModelProfiles.builtIn().forModel("8841"))) {
            PhoneDevice r = device(m, PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.RESTRICTED));
            walk(r, m.itlEraseSequence());
            assertNotNull(r.trust().itl(), m.model() + " erased with restricted settings");
            PhoneDevice off = device(m, PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.DISABLED));
            walk(off, List.of("Key:Settings"));
            assertTrue(off.screen().softKeys().contains("NewCall"), m.model() + ": " + off.screen());
            walk(off, m.itlEraseSequence());
            assertNotNull(off.trust().itl());
        }
    }

    @Test
    void anUnlockPasswordGuardsTheAdminMenus() {
        ModelProfile m = ModelProfiles.builtIn().forModel("8841");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withUnlockPassword("2468"));
        walk(d, m.itlEraseSequence());
        assertNotNull(d.trust().itl(), "the recorded macro must fail on a password prompt");
        walk(d, List.of("Init:Applications", "Key:Applications", "Key:KeyPad5"));
        assertEquals("Enter password", d.screen().prompt());
        walk(d, List.of("Key:KeyPad1", "Key:Soft1"));
        assertEquals("Invalid password", d.screen().status());
        walk(d, List.of("Key:KeyPad2", "Key:KeyPad4", "Key:KeyPad6", "Key:KeyPad8", "Key:Soft1"));
        assertEquals("Admin settings", d.screen().title());
        walk(d, List.of("Key:KeyPad4", "Key:KeyPad4", "Key:Soft3"));
        assertNull(d.trust().itl());
    }

    @Test
    void the79xxUnlockAsksForThePasswordWhenOneIsSet() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7965");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withUnlockPassword("11"));
        walk(d, List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2", "Key:KeyPadStar",
                "Key:KeyPadStar", "Key:KeyPadPound"));
        assertEquals("Enter password", d.screen().prompt());
        walk(d, List.of("Key:KeyPad1", "Key:KeyPad1", "Key:Soft1"));
        assertEquals("Erase", d.screen().softKey(4));
    }

    @Test
    void keysTheModelLacksAreIgnoredAndAliasesResolve() {
        ModelProfile m = ModelProfiles.builtIn().forModel("8861");
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        Screen idle = d.screen();
        assertEquals(0, run(d, "Key:Info").get(0).status());
        assertEquals(0, run(d, "Key:NoSuchKey").get(0).status());
        assertEquals(idle, d.screen());
        assertEquals(0, d.acceptedKeys());
        run(d, "Key:Settings");
        assertEquals("Applications", d.screen().title(), "Settings is Applications on an 88xx");
    }

    @Test
    void keysFasterThanTheUiLatencyAreDropped() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7965");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withUiLatency(java.time.Duration.ofMillis(300)));
        d.execute(List.of("Key:Settings"), 1_000_000_000L);
        d.execute(List.of("Key:KeyPad4"), 1_100_000_000L);
        assertEquals("Settings", d.screen().title(), "4 came 100 ms after Settings");
        assertEquals(1, d.droppedKeys());
        d.execute(List.of("Key:KeyPad4"), 1_400_000_000L);
        assertEquals("Security Configuration", d.screen().title());
    }

    @Test
    void aBusyPhoneDiscardsKeysAndOtherUrisAnswerAsAPhoneDoes() {
        ModelProfile m = ModelProfiles.builtIn().forModel("7841");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withBusy(true));
        walk(d, m.itlEraseSequence());
        assertNotNull(d.trust().itl());
        assertEquals("Connected", d.screen().title());
        PhoneDevice idle = device(m, PhoneConditions.NORMAL);
        assertEquals(6, run(idle, "SendDigits:123:1::0").get(0).status());
        assertEquals("No Active Call", run(idle, "SendDigits:123:1::0").get(0).data());
        assertEquals(1, run(idle, "SoftKey:Exit").get(0).status());
        assertEquals(1, run(idle, "nonsense").get(0).status());
        assertEquals(6, run(idle, "Init:Nowhere").get(0).status());
        assertEquals(6, run(idle, "http://127.0.0.1:1/x.xml").get(0).status());
        assertEquals(0, run(idle, "Dial:5001").get(0).status());
        assertEquals("Calling", idle.screen().title());
        assertEquals(0, run(idle, "SendDigits:1:1::0").get(0).status());
    }
}
