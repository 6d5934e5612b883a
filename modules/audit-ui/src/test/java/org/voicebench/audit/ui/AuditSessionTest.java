package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.testsupport.OwnerThread;

/**
 * The Trust Audit's run/plan/fix/cancel rules without Swing: the session against a simulated cluster whose
 * CallManager certificate was regenerated, its owner thread being the test's own.
 */
class AuditSessionTest {

    private static final String USER = "audit-session";
    private static final String PASSWORD = "s3cret-AuditSession";

    private final OwnerThread owner = new OwnerThread();
    private final Recorder told = new Recorder();
    private final AuditSession session = new AuditSession(TrustListDownloader.withDefaults(), owner, told);
    private SimulatedCluster cluster;
    private PhoneLab lab;
    private PhoneClient client;

    @AfterEach
    void stop() throws Exception {
        session.cancel();
        if (client != null) {
            client.close();
        }
        if (lab != null) {
            lab.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void assessesPlansAndFixesASimulatedLab() throws Exception {
        start("127.0.143.1", "127.0.144.1", 3, PhoneConditions.NORMAL);
        session.assess(phones(), AuditSettings.fastSimulator().withConcurrency(3), inputs());
        assertTrue(session.isRunning());
        owner.runUntil("the assessment", () -> told.assessed != null);
        assertFalse(session.isRunning());
        assertEquals(3, told.count("phoneAssessed"));
        assertEquals(told.assessed, session.report());
        assertEquals(List.of(AuditState.MISMATCH, AuditState.MISMATCH, AuditState.MISMATCH), states(session.report()));

        FixPlan plan = session.plan(false);
        assertEquals(3, plan.restarting().size(), "the baselines are known: restarts fix them");
        assertTrue(session.canFix());
        assertTrue(session.fix());
        assertFalse(session.canFix(), "one fix at a time");
        owner.runUntil("the fix", () -> told.fixed != null);
        assertFalse(told.fixCancelled);
        assertEquals(3, told.count("phoneVerified"));
        assertEquals(List.of(AuditState.FIXED, AuditState.FIXED, AuditState.FIXED), states(session.report()));
        assertTrue(session.report().fixRun());
        assertFalse(session.canFix(), "a fixed audit is not fixed again");
        assertNull(session.plan(false), "nor planned again");
    }

    @Test
    void cancellingTheFixReportsWhatEachPhoneReached() throws Exception {
        start("127.0.143.11", "127.0.144.11", 4, PhoneConditions.NORMAL);
        session.assess(phones(), AuditSettings.fastSimulator().withConcurrency(1), inputs());
        owner.runUntil("the assessment", () -> told.assessed != null);
        session.plan(false);
        assertTrue(session.fix());
        owner.runUntil("the first phone's macro to end", () -> told.count("macroFinished") > 0);
        session.cancel();
        assertTrue(session.isRunning(), "an interrupted fix still reports");
        owner.runUntil("the cancelled fix's report", () -> told.fixed != null);

        assertTrue(told.fixCancelled);
        assertFalse(session.isRunning());
        assertEquals(4, told.fixed.rows().size());
        List<AuditRow> untouched = told.fixed.rows().stream().filter(r -> r.state() == AuditState.NOT_ATTEMPTED).toList();
        assertFalse(untouched.isEmpty(), "phones after the cancel were not acted on: " + told.fixed.rows());
        for (AuditRow r : untouched) {
            assertTrue(r.reason().contains("cancelled"), r.reason());
        }
    }

    @Test
    void aLateStepOfACancelledAssessmentIsIgnored() throws Exception {
        start("127.0.143.21", "127.0.144.21", 3, PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(300)));
        session.assess(phones(), AuditSettings.fastSimulator().withConcurrency(1), inputs());
        owner.awaitStep("the first phone of the first run"); // handed over, not yet run
        session.cancel();
        assertFalse(session.isRunning());
        owner.drain();
        assertEquals(List.of("assessmentCancelled"), told.events, "the first run's phone was dropped");

        session.assess(phones(), AuditSettings.fastSimulator().withConcurrency(1), inputs());
        owner.runUntil("the second assessment", () -> told.assessed != null);
        assertEquals(3, told.count("phoneAssessed"), told.events.toString());
        assertEquals(3, session.report().rows().size());
        assertEquals(List.of(AuditState.MISMATCH, AuditState.MISMATCH, AuditState.MISMATCH), states(session.report()));
    }

    private void start(String clusterAddress, String firstPhone, int phones, PhoneConditions conditions)
            throws Exception {
        cluster = SimulatedCluster.builder().nodes(3).keyBits(1024).seed(91).firstAddress(clusterAddress).freePorts()
                .tftpPort(0).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
        lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(firstPhone)
                .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1))
                .add(phones, "8845", conditions).start();
        client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(10)).withMaxConnections(32),
                CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    private PhoneSet phones() {
        List<PhoneEntry> entries = lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()),
                p.name(), "Lab", p.profile().model(), "")).toList();
        return new PhoneSet(entries, client, ModelProfiles.builtIn());
    }

    /** What From Phone Lab fills in: each node's ITL URL, its baseline ITL as an earlier ITL. */
    private ClusterInputs inputs() throws Exception {
        List<String> urls = new ArrayList<>();
        List<TrustList> baselines = new ArrayList<>();
        for (ClusterNodeDescription n : new FakeLabService(lab, cluster).cluster().orElseThrow().nodes()) {
            urls.add(n.itlHttpUrl());
            baselines.add(TrustLists.read(n.baselineItl(), "baseline ITL of " + n.name()));
        }
        return new ClusterInputs(urls, List.of(), baselines);
    }

    private static List<AuditState> states(AuditReport report) {
        return report.rows().stream().map(AuditRow::state).toList();
    }

    /** What the session told, in order (on the owner thread: the test's). */
    private static final class Recorder implements AuditSession.Listener {

        final List<String> events = new CopyOnWriteArrayList<>();
        AuditReport assessed;
        AuditReport fixed;
        boolean fixCancelled;

        long count(String event) {
            return events.stream().filter(event::equals).count();
        }

        @Override
        public void phoneAssessed(PhoneAudit phone, int done, int total) {
            events.add("phoneAssessed");
        }

        @Override
        public void assessed(AuditReport report) {
            events.add("assessed");
            assessed = report;
        }

        @Override
        public void macroFinished(String macro, PhoneResult result) {
            events.add("macroFinished");
        }

        @Override
        public void phoneVerified(AuditRow row, int done, int total) {
            events.add("phoneVerified");
        }

        @Override
        public void fixed(AuditReport report, boolean cancelled) {
            events.add("fixed");
            fixed = report;
            fixCancelled = cancelled;
        }

        @Override
        public void failed(String message) {
            events.add("failed: " + message);
        }

        @Override
        public void assessmentCancelled() {
            events.add("assessmentCancelled");
        }

        @Override
        public void fixDropped() {
            events.add("fixDropped");
        }
    }
}
