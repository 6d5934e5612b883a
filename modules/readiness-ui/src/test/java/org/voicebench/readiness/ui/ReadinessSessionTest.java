package org.voicebench.readiness.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.readiness.CampaignJournal;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignPlan;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.CampaignState;
import org.voicebench.readiness.Outcome;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.testsupport.OwnerThread;

/**
 * The Readiness window's rules without Swing, its owner thread the test's own, on a simulated cluster: the check for a
 * change the phones reject lists the settings-locked phones FACTORY_RESET_ONLY, live and blocking first; a plan, a
 * prepare (journal first, then the check again: ready) and a restore from the journal return every setting to the
 * original; a CallManager regeneration alone leaves none; a check without CUCM reads only the pages and cannot prepare;
 * cancel drops a check. Cluster on 127.0.192.x, phones on 127.0.193.x.
 */
@Timeout(180)
class ReadinessSessionTest {

    private static final List<String> REJECTING = List.of("regenerate:ITLRecovery", "regenerate:TVS");

    private static SimulatedFleet fleet;

    @TempDir
    Path dir;

    private final OwnerThread owner = new OwnerThread();
    private final Recorder told = new Recorder();
    private ReadinessSession session;

    @BeforeAll
    static void start() throws Exception {
        fleet = SimulatedFleet.start("127.0.192.1", "127.0.193.1", 192);
    }

    @AfterAll
    static void stop() {
        if (fleet != null) {
            fleet.close();
        }
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** Everything the session told, in order. */
    static final class Recorder implements ReadinessSession.Listener {
        final List<PhoneReadiness> judged = new CopyOnWriteArrayList<>();
        final List<CampaignPhone> changed = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        volatile ReadinessReport checked;
        volatile CampaignPlan plan;
        volatile CampaignJournal existing;
        volatile CampaignResult ended;
        volatile ReadinessReport after;
        volatile CampaignJournal loaded;
        volatile int cancelled;

        @Override
        public void phoneJudged(PhoneReadiness phone, int done, int total) {
            judged.add(phone);
        }

        @Override
        public void checked(ReadinessReport report) {
            checked = report;
        }

        @Override
        public void planned(CampaignPlan p, CampaignJournal journal) {
            plan = p;
            existing = journal;
        }

        @Override
        public void phoneChanged(CampaignPhone phone, int done, int total) {
            changed.add(phone);
        }

        @Override
        public void campaignEnded(CampaignResult result, ReadinessReport report) {
            ended = result;
            after = report;
        }

        @Override
        public void journalLoaded(CampaignJournal journal) {
            loaded = journal;
        }

        @Override
        public void failed(String message) {
            failures.add(message);
        }

        @Override
        public void cancelled() {
            cancelled++;
        }
    }

    private ReadinessSession session() {
        session = new ReadinessSession(TrustListDownloader.withDefaults(), owner, told);
        return session;
    }

    private static ReadinessInputs inputs(List<String> change, CucmLink cucm) {
        return new ReadinessInputs(fleet.itlUrls(), List.of(), List.of(), ReadinessInputs.change(change), cucm, false,
                false, 4);
    }

    private static Outcome outcomeOf(ReadinessReport r, SimulatedPhone p) {
        return r.phones().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow().outcome();
    }

    @Test
    void aRejectingChangeListsTheSettingsLockedPhonesAndPrepareThenRestoreReturnsEverySetting() throws Exception {
        List<PhoneConditions> before = fleet.conditions();
        Map<String, PhoneVendorConfig> axlBefore = fleet.axlConfigs();
        ReadinessSession s = session();

        s.check(fleet.readinessPhones(), inputs(REJECTING, fleet.link()));
        assertTrue(s.isRunning());
        owner.runUntil("the check", () -> told.checked != null);
        ReadinessReport r = told.checked;
        assertEquals(4, told.judged.size(), "every phone told as it was judged");
        assertEquals(Outcome.FACTORY_RESET_ONLY, outcomeOf(r, fleet.disabled()), r.phones().toString());
        assertEquals(Outcome.FACTORY_RESET_ONLY, outcomeOf(r, fleet.restricted()));
        assertEquals(Outcome.ERASE_WEB, outcomeOf(r, fleet.open()));
        assertEquals(Outcome.ERASE_AT_PHONE, outcomeOf(r, fleet.webOff()));
        assertEquals(Outcome.FACTORY_RESET_ONLY, r.phones().get(0).outcome(), "blocking first");
        assertFalse(r.ready());
        assertEquals(Boolean.TRUE, r.phones().get(0).access().registered(), "RIS was asked");
        assertTrue(s.canPrepare());

        Path journal = dir.resolve("journal.json");
        assertTrue(s.plan("", journal));
        owner.runUntil("the plan", () -> told.plan != null);
        assertNull(told.existing, "a new journal");
        assertEquals(3, told.plan.phones().size(), told.plan.summary());
        assertTrue(told.plan.summary().startsWith("turn on Web Access on 1 phone(s) and Settings Access on 2 phone(s)"),
                told.plan.summary());
        assertEquals(List.of(fleet.open().name()), told.plan.unchanged());
        assertFalse(Files.exists(journal), "planning changes nothing");
        assertEquals(before, fleet.conditions());

        assertTrue(s.prepare(journal));
        owner.runUntil("the prepare and the check after", () -> told.ended != null);
        assertTrue(told.ended.complete(), told.ended.toString());
        assertFalse(told.ended.restore());
        assertTrue(told.changed.stream().anyMatch(p -> p.state() == CampaignState.TAKEN), told.changed.toString());
        assertNotNull(told.after, "the check ran again after the prepare");
        assertTrue(told.after.ready(), told.after.phones().toString());
        assertEquals(told.after, s.report());
        for (SimulatedPhone p : fleet.phones().phones()) {
            assertTrue(p.conditions().webAccess(), p.toString());
            assertEquals(SettingsAccess.ENABLED, p.conditions().settingsAccess(), p.toString());
        }
        assertEquals(3, CampaignJournal.load(journal).phones().size(), "the journal holds every original");

        told.ended = null;
        s.loadJournal(journal);
        owner.runUntil("the journal", () -> told.loaded != null);
        assertTrue(s.restore(told.loaded, fleet.readinessPhones(), inputs(REJECTING, fleet.link())));
        owner.runUntil("the restore", () -> told.ended != null);
        assertTrue(told.ended.restore());
        assertTrue(told.ended.complete(), told.ended.toString());
        assertNull(told.after, "no check after a restore");
        assertEquals(before, fleet.conditions(), "every phone's settings back as they were");
        assertEquals(axlBefore, fleet.axlConfigs(), "CUCM holds the originals again");
        assertEquals(List.of(), told.failures);
    }

    @Test
    void aCallManagerRegenerationAloneLeavesNoPhoneForAFactoryReset() throws Exception {
        ReadinessSession s = session();
        s.check(fleet.readinessPhones(), inputs(List.of("regenerate:CallManager@cucm-pub"), fleet.link()));
        owner.runUntil("the check", () -> told.checked != null);
        assertTrue(told.checked.ready(), told.checked.phones().toString());
        told.checked.phones().forEach(p -> assertEquals(Outcome.OK, p.outcome(), p.reason()));
        assertEquals(List.of("regenerate:CallManager@cucm-pub"), told.checked.change());
    }

    @Test
    void withoutCucmOnlyThePagesAreReadAndNoCampaignCanBePlanned() throws Exception {
        ReadinessSession s = session();
        s.check(fleet.readinessPhones(), inputs(REJECTING, null));
        owner.runUntil("the check", () -> told.checked != null);
        ReadinessReport r = told.checked;
        assertNull(r.phones().get(0).access().settingsAccess(), "settings access unknown without AXL");
        assertEquals(0, r.factoryResetOnly().size(), "nothing says a phone's menus are locked");
        assertFalse(s.canPrepare());
        assertFalse(s.plan("", dir.resolve("j.json")));
        assertEquals(1, told.failures.size(), told.failures.toString());
        assertTrue(told.failures.get(0).contains("CUCM"), told.failures.get(0));
    }

    @Test
    void aWrongChangeOrNodeIsAProblemForTheUserNotACrash() throws Exception {
        ReadinessSession s = session();
        s.check(fleet.readinessPhones(), inputs(List.of("regenerate:TVS@nowhere"), null));
        owner.runUntil("the failure", () -> !told.failures.isEmpty());
        assertTrue(told.failures.get(0).startsWith("Cannot check:"), told.failures.get(0));
        assertTrue(told.failures.get(0).contains("cucm-pub"), told.failures.get(0));
        assertFalse(s.isRunning());
        assertNull(s.report());
    }

    @Test
    void aJournalNotWrittenYetAsksForAnotherInsteadOfFailing() throws Exception {
        ReadinessSession s = session();
        AtomicInteger asked = new AtomicInteger();
        s.loadJournal(dir.resolve("not-yet.json"), asked::incrementAndGet);
        owner.runUntil("the question", () -> asked.get() == 1);
        assertNull(told.loaded);
        assertEquals(List.of(), told.failures, "a journal no prepare has written is not an error");
        assertFalse(s.isRunning());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        s.loadJournal(broken, asked::incrementAndGet);
        owner.runUntil("the failure", () -> !told.failures.isEmpty());
        assertEquals(1, asked.get(), "a journal that is there but unreadable is an error, not a question");
        assertTrue(told.failures.get(0).contains("broken.json"), told.failures.get(0));
    }

    @Test
    void cancelDropsACheckAndItsLateSteps() throws Exception {
        ReadinessSession s = session();
        s.check(fleet.readinessPhones(), inputs(REJECTING, fleet.link()));
        s.cancel();
        assertEquals(1, told.cancelled);
        assertFalse(s.isRunning());
        Thread.sleep(1500); // whatever the cancelled check hands over after this is dropped
        owner.drain();
        assertNull(told.checked);
        assertNull(s.report());
    }
}
