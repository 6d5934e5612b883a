package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/** The menu state machines: labels, positions per model, confirmations, the erase, and what goes astray. */
class MenuWalkTest {

    private static final List<String> RESETS = List.of("Reset device", "All settings", "Network settings",
            "Service mode", "Security settings");

    private final AtomicInteger restarts = new AtomicInteger();
    private long now = 1_000_000_000L;

    static Stream<ModelProfile> models() {
        return ModelProfiles.builtIn().all().stream();
    }

    static Stream<ModelProfile> modelsWithTheUnlock() {
        return models().filter(ModelProfile::securityUnlockRequired);
    }

    private static ModelProfile model(String name) {
        return ModelProfiles.builtIn().forModel(name);
    }

    private PhoneDevice device(ModelProfile m, PhoneConditions c) {
        PhoneDevice d = new PhoneDevice(m, "10000", c, restarts::incrementAndGet);
        d.trust().installItl(LabFixtures.itl(LabFixtures.T1));
        d.trust().installCtl(LabFixtures.itl(LabFixtures.T1));
        return d;
    }

    private PhoneDevice device(String model) {
        return device(model(model), PhoneConditions.NORMAL);
    }

    private List<CiscoXml.Item> run(PhoneDevice d, String uri) {
        now += 1_000_000_000L;
        return d.execute(List.of(uri), now);
    }

    private void walk(PhoneDevice d, String... steps) {
        for (String s : steps) {
            assertEquals(0, run(d, s).get(0).status(), s);
        }
    }

    private LabelWalk labels(PhoneDevice d) {
        return new LabelWalk(d::screen, uri -> walk(d, uri));
    }

    private static List<String> items(Screen s) {
        assertTrue(s.menu(), s + " is not a menu");
        return s.fields().stream().map(Screen.Field::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyModelErasesItsTrustListWhenTheItemsAreFoundByLabel(ModelProfile m) throws Exception {
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        labels(d).eraseTrust(m);
        assertNull(d.trust().itl(), m.model() + " still holds its ITL; screen " + d.screen());
        assertNull(d.trust().ctl());
        assertEquals(1, restarts.get(), "one restart requested");
        assertEquals(MenuMachine.ERASING, d.screen().status(), d.screen().toString());
        assertEquals(List.of(), d.confirmedResets());
        assertEquals("", d.dialledDigits());
    }

    @Test
    void menuFieldsAreTheLabelsOnlyAndTheScreenSaysItIsAMenu() {
        PhoneDevice d = device("7965");
        walk(d, "Key:Settings");
        Screen s = d.screen();
        assertTrue(s.menu());
        assertEquals(List.of("User Preferences", "Network Configuration", "Device Configuration",
                "Security Configuration", "Model Information", "Status"), items(s));
        assertEquals(4, s.itemNumber("Security Configuration"));
        assertFalse(d.screen().fields().stream().anyMatch(f -> f.name().matches("\\d.*")), "no number prefix");
        walk(d, "Key:KeyPad6");
        assertFalse(d.screen().menu(), "an information page is no menu");
    }

    @Test
    void the88xxApplicationsMenuMovesWithBluetoothAndFirmware() {
        assertEquals(List.of("Call history", "Preferences", "Bluetooth", "Accessories", "Phone information",
                "Admin settings"), applications("8845"));
        assertEquals(List.of("Call history", "Preferences", "Bluetooth", "Phone information", "Admin settings"),
                applications("8861"), "older firmware: no Accessories");
        assertEquals(List.of("Call history", "Preferences", "Accessories", "Phone information", "Admin settings"),
                applications("8841"));
        assertEquals(6, applicationsScreen("8845").itemNumber("Admin settings"));
        assertEquals(5, applicationsScreen("8861").itemNumber("Admin settings"));
        assertEquals(6, applicationsScreen("8851").itemNumber("Admin settings"), "Bluetooth and Accessories");
    }

    private Screen applicationsScreen(String model) {
        PhoneDevice d = device(model);
        walk(d, "Key:Applications");
        return d.screen();
    }

    private List<String> applications(String model) {
        return items(applicationsScreen(model));
    }

    @Test
    void adminAndResetSettingsFollowTheEvidenceWithThe7841sShorterAdminMenu() throws Exception {
        PhoneDevice d8845 = device("8845");
        labels(d8845).press("Key:Applications").open("Admin settings");
        assertEquals(List.of("Network setup", "Status", "Security setup", "Reset settings"), items(d8845.screen()));
        labels(d8845).open("Reset settings");
        assertEquals(RESETS, items(d8845.screen()));
        assertEquals(5, d8845.screen().itemNumber("Security settings"));

        PhoneDevice d7841 = device("7841");
        labels(d7841).press("Key:Applications").open("Admin settings");
        assertEquals(List.of("Network setup", "Status", "Reset settings"), items(d7841.screen()));
        labels(d7841).open("Reset settings");
        assertEquals(RESETS, items(d7841.screen()));
    }

    @Test
    void the7975ListsCallPreferencesFirstSoSecurityConfigurationIsItem5() {
        PhoneDevice d = device("7975");
        walk(d, "Key:Settings");
        assertEquals("Call Preferences", d.screen().fields().get(0).name());
        assertEquals(5, d.screen().itemNumber("Security Configuration"));
        walk(d, "Key:KeyPad4");
        assertEquals("Device Configuration", d.screen().title(), "the 4 of other 79xx lands elsewhere");
        PhoneDevice other = device("7970");
        walk(other, "Key:Settings");
        assertEquals(4, other.screen().itemNumber("Security Configuration"), "same family, other firmware");
    }

    @Test
    void theTrustListIsCtlItlConfigurationOnEvery79xxThe79x1Included() throws Exception {
        for (String model : List.of("7941", "7942", "7965", "7975", "7911")) {
            PhoneDevice d = device(model);
            LabelWalk w = labels(d).press("Init:Settings", model.equals("7911") ? "Key:Applications" : "Key:Settings");
            if (model.equals("7911")) {
                w.open("Settings");
            }
            w.open("Security Configuration", "Trust List");
            assertEquals(List.of("CTL File", "ITL File", "Configuration"), items(d.screen()), model);
        }
    }

    @Test
    void everyResetItemAsksFirstAndConfirmingAnyButSecuritySettingsIsRecordedAndKeepsTheTrustList()
            throws Exception {
        List<String> models = List.of("8845", "7841");
        for (String model : models) {
            boolean is88 = model.startsWith("88");
            PhoneDevice d = device(model);
            List<String> confirmed = new java.util.ArrayList<>();
            for (String item : RESETS.subList(0, 4)) {
                labels(d).press("Init:Applications", "Key:Applications").open("Admin settings", "Reset settings", item);
                Screen ask = d.screen();
                assertEquals(item, ask.title(), model);
                assertFalse(ask.prompt().isEmpty(), ask.toString());
                assertEquals(is88 ? List.of("Back", "Cancel", "Reset") : List.of("Cancel", "Reset"), ask.softKeys());
                walk(d, is88 ? "Key:Soft3" : "Key:Soft2");
                confirmed.add(item);
                assertEquals(confirmed, d.confirmedResets(), model);
                assertNotNull(d.trust().itl(), model + ": " + item + " erased the trust list");
                assertEquals(MenuMachine.RESTARTING, d.screen().status());
                d.restarted();
            }
        }
        assertEquals(4 * models.size(), restarts.get(), "each confirmed reset restarts the phone");
    }

    @Test
    void theSecuritySettingsConfirmationAsksBeforeItErasesAndCancelGoesBack() throws Exception {
        PhoneDevice d = device("8845");
        labels(d).press("Key:Applications").open("Admin settings", "Reset settings", "Security settings");
        assertEquals("Security settings", d.screen().title());
        assertEquals("Reset security settings?", d.screen().prompt());
        walk(d, "Key:Soft2");
        assertEquals("Reset settings", d.screen().title(), "Cancel goes back");
        labels(d).open("Security settings").soft("Back");
        assertEquals("Reset settings", d.screen().title());
        assertNotNull(d.trust().itl());
        labels(d).open("Security settings").soft("Reset");
        assertNull(d.trust().itl());
        assertEquals(MenuMachine.ERASING, d.screen().status());
        assertEquals(List.of(), d.confirmedResets());
    }

    @Test
    void theOldDigitSequencesOfThe88xxDoNotEraseAndReachAnotherReset() {
        PhoneDevice d8845 = device("8845");
        walk(d8845, "Key:Applications", "Key:KeyPad5", "Key:KeyPad4", "Key:KeyPad4", "Key:Soft3");
        assertNotNull(d8845.trust().itl(), "5 is Phone information on an 8845");
        assertEquals("Phone information", d8845.screen().title());
        assertEquals(0, restarts.get());

        // the 8845's old profile sequence and the old 88xx family one (an 8841) reach Service mode
        for (String[] old : List.of(new String[] {"8845", "Key:KeyPad6"}, new String[] {"8841", "Key:KeyPad5"})) {
            PhoneDevice d = device(old[0]);
            walk(d, "Key:Applications", old[1], "Key:KeyPad4", "Key:KeyPad4");
            assertEquals("Service mode", d.screen().title(), old[0] + " stopped on a confirmation of another reset");
            assertEquals("Enter service mode?", d.screen().prompt());
            walk(d, "Key:Soft3");
            assertNotNull(d.trust().itl(), old[0] + " erased");
            assertEquals(List.of("Service mode"), d.confirmedResets(), old[0]);
        }
        assertEquals(2, restarts.get(), "a confirmed reset restarts the phone");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsWithTheUnlock")
    void withoutTheUnlockTheEraseKeyDoesNothingOn79xx(ModelProfile m) throws Exception {
        PhoneDevice d = device(m, PhoneConditions.NORMAL);
        LabelWalk w = labels(d).press("Init:Settings", m.hasKey("Settings") ? "Key:Settings" : "Key:Applications");
        if (!m.hasKey("Settings")) {
            w.open("Settings");
        }
        w.open("Security Configuration", "Trust List", "ITL File");
        assertEquals("Locked", d.screen().status());
        walk(d, "Key:Soft4", "Key:Soft5", "Key:Soft2");
        assertNotNull(d.trust().itl(), m.model() + ": erased without **#");
        assertEquals(0, restarts.get());
    }

    @Test
    void theCtlFilePageErasesTheTrustListAfterTheUnlockOn79xx() throws Exception {
        for (String model : List.of("7941", "7965", "7975")) {
            PhoneDevice d = device(model);
            labels(d).press("Key:Settings").open("Security Configuration", "Trust List", "CTL File")
                    .press("Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound");
            Screen ctl = d.screen();
            assertEquals("CTL File", ctl.title(), model);
            assertEquals("Unlocked", ctl.status(), model);
            assertEquals("Erase", ctl.softKey(model.equals("7975") ? 5 : 4), model + " " + ctl);
            walk(d, model.equals("7975") ? new String[] {"Key:Soft5"} : new String[] {"Key:Soft4", "Key:Soft2"});
            assertNull(d.trust().ctl(), model + " still holds its CTL; screen " + d.screen());
        }
        assertEquals(3, restarts.get(), "one restart per phone");
    }

    @Test
    void theItlFilePageShowsTheLockThenUnlockedAndTheEraseKey() {
        PhoneDevice d = device("7965");
        walk(d, "Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2");
        Screen locked = d.screen();
        assertEquals("ITL File", locked.title());
        assertEquals("Locked", locked.status());
        assertEquals("", locked.softKey(4));
        walk(d, "Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound");
        assertEquals("Unlocked", d.screen().status());
        assertEquals("Erase", d.screen().softKey(4));
        assertTrue(d.screen().shows(d.trust().itl().md5()));
        walk(d, "Key:Soft4");
        assertEquals("Continue", d.screen().softKey(2), "79X5: a question follows");
        walk(d, "Key:Soft2");
        assertNull(d.trust().itl());
        assertEquals("", d.dialledDigits(), "**# on a menu page is no dialling");
    }

    @Test
    void the7970ErasesOnSoft5WithoutConfirmation() {
        PhoneDevice d = device("7970");
        walk(d, "Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2", "Key:KeyPadStar",
                "Key:KeyPadStar", "Key:KeyPadPound", "Key:Soft4");
        assertNotNull(d.trust().itl(), "Soft4 is not Erase on a 7970");
        walk(d, "Key:Soft5");
        assertNull(d.trust().itl());
    }

    @Test
    void settingsKeyClosesAnOpen79xxMenuAndTheDigitsThatFollowAreDialled() throws Exception {
        PhoneDevice d = device("7941");
        walk(d, "Key:Settings", "Key:KeyPad4");
        walk(d, "Key:Settings");
        assertTrue(d.screen().softKeys().contains("NewCall"), "back on the idle screen: " + d.screen());
        walk(d, "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2", "Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound",
                "Key:Soft4", "Key:Soft2");
        assertEquals("452**#", d.dialledDigits(), "what a script without Init:Settings really does");
        assertNotNull(d.trust().itl());
        assertTrue(d.screen().softKeys().contains("NewCall"), "Soft2 ended the dialling: " + d.screen());
        labels(d).eraseTrust(d.model());
        assertNull(d.trust().itl(), "Init:Settings first, then the labels: erased");
        assertEquals("452**#", d.dialledDigits());
    }

    @Test
    void aKeypadDigitOnTheIdleScreenStartsDialling() {
        PhoneDevice d = device("8845");
        walk(d, "Key:KeyPad5");
        assertEquals("Dialing", d.screen().title());
        assertTrue(d.screen().shows("5"));
        walk(d, "Key:KeyPad4", "Key:Applications", "Key:KeyPad4");
        assertEquals("Dialing", d.screen().title(), "the Applications key does not leave the dialling screen");
        assertEquals("544", d.dialledDigits());
        walk(d, "Init:Applications", "Key:KeyPad1");
        assertEquals("5441", d.dialledDigits(), "every digit dialled from idle since start");
        walk(d, "Key:Release");
        assertTrue(d.screen().softKeys().contains("NewCall"), d.screen().toString());
    }

    @Test
    void restrictedSettingsHideTheSecurityMenusAndDisabledSettingsDoNothing() {
        for (String model : List.of("7965", "8841")) {
            ModelProfile m = model(model);
            PhoneDevice r = device(m, PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.RESTRICTED));
            walk(r, model.equals("7965") ? "Key:Settings" : "Key:Applications");
            assertEquals(0, r.screen().itemNumber("Security Configuration"), r.screen().toString());
            assertEquals(0, r.screen().itemNumber("Admin settings"), r.screen().toString());
            assertThrows(AssertionError.class, () -> labels(r).eraseTrust(m));
            assertNotNull(r.trust().itl(), model + " erased with restricted settings");
            PhoneDevice off = device(m, PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.DISABLED));
            walk(off, "Key:Settings");
            assertTrue(off.screen().softKeys().contains("NewCall"), model + ": " + off.screen());
            assertThrows(AssertionError.class, () -> labels(off).eraseTrust(m));
            assertNotNull(off.trust().itl());
        }
    }

    @Test
    void anUnlockPasswordGuardsTheAdminMenus() throws Exception {
        ModelProfile m = model("8841");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withUnlockPassword("2468"));
        assertThrows(AssertionError.class, () -> labels(d).eraseTrust(m), "a password prompt is not a menu");
        assertNotNull(d.trust().itl());
        labels(d).press("Init:Applications", "Key:Applications").open("Admin settings");
        assertEquals("Enter password", d.screen().prompt());
        walk(d, "Key:KeyPad1", "Key:Soft1");
        assertEquals("Invalid password", d.screen().status());
        walk(d, "Key:KeyPad2", "Key:KeyPad4", "Key:KeyPad6", "Key:KeyPad8", "Key:Soft1");
        assertEquals("Admin settings", d.screen().title());
        labels(d).open("Reset settings", "Security settings").soft("Reset");
        assertNull(d.trust().itl());
    }

    @Test
    void the79xxUnlockAsksForThePasswordWhenOneIsSet() {
        PhoneDevice d = device(model("7965"), PhoneConditions.NORMAL.withUnlockPassword("11"));
        walk(d, "Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2", "Key:KeyPadStar",
                "Key:KeyPadStar", "Key:KeyPadPound");
        assertEquals("Enter password", d.screen().prompt());
        walk(d, "Key:KeyPad1", "Key:KeyPad1", "Key:Soft1");
        assertEquals("Erase", d.screen().softKey(4));
    }

    @Test
    void keysTheModelLacksAreIgnoredAndAliasesResolve() {
        PhoneDevice d = device("8861");
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
        PhoneDevice d = device(model("7965"), PhoneConditions.NORMAL.withUiLatency(java.time.Duration.ofMillis(300)));
        d.execute(List.of("Key:Settings"), 1_000_000_000L);
        d.execute(List.of("Key:KeyPad4"), 1_100_000_000L);
        assertEquals("Settings", d.screen().title(), "4 came 100 ms after Settings");
        assertEquals(1, d.droppedKeys());
        d.execute(List.of("Key:KeyPad4"), 1_400_000_000L);
        assertEquals("Security Configuration", d.screen().title());
    }

    @Test
    void aBusyPhoneDiscardsKeysAndOtherUrisAnswerAsAPhoneDoes() {
        ModelProfile m = model("7841");
        PhoneDevice d = device(m, PhoneConditions.NORMAL.withBusy(true));
        walk(d, "Key:Applications", "Key:KeyPad5", "Key:KeyPad3", "Key:KeyPad5", "Key:Soft2");
        assertNotNull(d.trust().itl());
        assertEquals("Connected", d.screen().title());
        assertEquals("", d.dialledDigits());
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
