package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.testsupport.OwnerThread;

/** The Phone Lab window's start/stop/report rules without Swing: the session, its owner thread the test's own. */
class LabSessionTest {

    private final RunningLab service = new RunningLab();
    private final OwnerThread owner = new OwnerThread();
    private final Recorder told = new Recorder();
    private final LabSession session = new LabSession(service, owner, told);

    @AfterEach
    void stop() {
        service.stop();
    }

    private static LabSettings phones(int n, String firstAddress) {
        return new LabSettings(n, LabSettings.parseModels("7965,8845"), firstAddress, 0, "labuser", "");
    }

    private static ClusterSettings noCluster() {
        return new ClusterSettings(0, ClusterScenario.BASELINE.cliName(), false, false);
    }

    @Test
    void startsPublishesReadsTheTableAndStops() throws Exception {
        char[] password = "s3cret".toCharArray();
        assertNull(session.start(phones(2, "127.0.181.1"), noCluster(), password));
        assertTrue(session.starting());
        assertEquals("Starting 2 phones...", told.status());
        owner.runUntil("the lab to run: " + told.statuses, () -> told.status().endsWith("phones running, first at "
                + service.current().map(l -> l.phone(0).hostAndPort()).orElse("?") + "."));
        assertFalse(session.starting());
        PhoneLab lab = service.current().orElseThrow();
        assertEquals(2, lab.phones().size());
        assertArrayEquals(new char[6], password, "the password is wiped once the lab started");
        assertEquals(List.of(), told.scenarios, "a lab without cluster tells no scenario");

        session.refresh();
        owner.runUntil("the table", () -> told.rows.size() == 2);
        assertEquals(lab.phone(0).hostAndPort(), told.rows.get(0).address());
        assertTrue(told.rows.get(1).model().contains("8845"), told.rows.toString());

        session.enableWebAccess(List.of(lab.phone(1).hostAndPort()));
        owner.runUntil("web access", () -> told.status().startsWith("Web access"));
        assertEquals("Web access is already on for the selected phones.", told.status());

        session.stop();
        owner.runUntil("the stop", () -> told.status().equals("No lab running."));
        assertTrue(service.current().isEmpty());
        session.refresh();
        assertEquals(List.of(), told.rows, "no lab: no rows");
    }

    @Test
    void aMissingPasswordIsToldAndNothingStarts() {
        String problem = session.start(phones(2, "127.0.182.1"), noCluster(), new char[0]);
        assertEquals("Give the password the phones accept.", problem);
        assertEquals(problem, told.status());
        assertFalse(session.starting());
        assertTrue(service.current().isEmpty());
    }

    @Test
    void aCancelledStartPublishesNothingAndItsLabIsStopped() throws Exception {
        assertNull(session.start(phones(3, "127.0.183.1"), noCluster(), "s3cret".toCharArray()));
        session.cancelStart();
        assertEquals("Start cancelled.", told.status());
        assertFalse(session.starting());
        session.stop(); // queued behind the start: when it is told, the start is over
        owner.runUntil("the start to end", () -> told.status().equals("No lab running."));
        assertTrue(service.current().isEmpty(), "a cancelled start is never published");
        assertTrue(told.statuses.stream().noneMatch(s -> s.contains("phones running")), told.statuses.toString());
    }

    @Test
    void theDemoNeedsAUserAndOnlyOneLabAtATime() throws Exception {
        assertFalse(session.startDemo("", new char[0], true, "127.0.184.1", 0, () -> { }));
        assertEquals("Give the user name the phones accept.", told.status());
        assertNull(session.start(phones(1, "127.0.185.1"), noCluster(), "s3cret".toCharArray()));
        char[] typed = "typed".toCharArray();
        assertFalse(session.startDemo("labuser", typed, false, "127.0.184.1", 0, () -> { }));
        assertEquals("A lab is running: stop it before starting the demo lab.", told.status());
        assertArrayEquals(new char[5], typed, "a refused start wipes the typed password too");
        owner.runUntil("the first lab", () -> service.current().isPresent() && !session.starting());
    }

    /** What the session told, on the owner thread. */
    private static final class Recorder implements LabSession.Listener {
        final List<String> statuses = new CopyOnWriteArrayList<>();
        final List<ClusterScenario> scenarios = new ArrayList<>();
        List<PhoneRow> rows = List.of();

        String status() {
            return statuses.isEmpty() ? "" : statuses.get(statuses.size() - 1);
        }

        @Override
        public void status(String text) {
            statuses.add(text);
        }

        @Override
        public void changed() {
        }

        @Override
        public void running(ClusterScenario scenario) {
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }

        @Override
        public void rows(List<PhoneRow> value) {
            rows = value;
        }
    }
}
