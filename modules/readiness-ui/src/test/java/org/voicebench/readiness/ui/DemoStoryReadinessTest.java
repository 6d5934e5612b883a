package org.voicebench.readiness.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignState;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.testsupport.OwnerThread;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;

/**
 * The demo's "before the change" story, as the Readiness window runs it (its session, without Swing) on the demo lab:
 * readiness for ITLRecovery and every TVS regenerated lists the demo's two settings-locked phones as factory-reset-only;
 * after Prepare none; the change is applied (the Phone Lab's scenario {@code itlrecovery-tvs-regenerated}); a restore
 * before the fleet is fixed reports the phones that reject the cluster's configuration files instead of claiming
 * success; once their ITL is erased (as the Trust Audit's fix does) the restore, resumed, puts every phone back as it
 * was. Demo phones on 127.0.196.x, its cluster on 127.0.197.x.
 */
@Timeout(240)
class DemoStoryReadinessTest {

    private static final String PASSWORD = "demo-readiness-S3cret";

    @TempDir
    Path dir;

    private final OwnerThread owner = new OwnerThread();
    private final ReadinessSessionTest.Recorder told = new ReadinessSessionTest.Recorder();

    @Test
    void readinessPrepareChangeFixRestoreOnTheDemoLab() throws Exception {
        try (DemoLab demo = DemoLab.start(new DemoLab.Options(PASSWORD).phoneCount(9).fast(true)
                .firstPhoneAddress("127.0.196.1").phonePort(0).clusterFirstAddress("127.0.197.1"));
             PhoneClient client = new PhoneClient(PhoneClientSettings.defaults(), CredentialsProvider.none())) {
            List<SimulatedPhone> phones = demo.phones().phones();
            List<PhoneConditions> before = phones.stream().map(SimulatedPhone::conditions).toList();
            List<PhoneEntry> entries = phones.stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(),
                    "Lab", p.profile().model(), "")).toList();
            ReadinessPhones set = new ReadinessPhones(entries, client, ModelProfiles.builtIn(), true);
            List<TrustList> baselines = new ArrayList<>();
            for (ClusterNode n : demo.cluster().nodes()) {
                baselines.add(TrustLists.read(demo.cluster().baselineItl(n.name()), "baseline ITL of " + n.name()));
            }
            CucmLink link = new CucmLink(demo.cucmApi().host(), demo.cucmApi().port(), CucmTrust.anyCertificateForLab(),
                    demo::credentials, 600, demo.credentials().user());
            ReadinessInputs in = new ReadinessInputs(demo.clusterItlUrls(), List.of(), baselines,
                    ReadinessInputs.change(List.of("regenerate:ITLRecovery", "regenerate:TVS")), link, false, false, 9);
            ReadinessSession session = new ReadinessSession(TrustListDownloader.withDefaults(), owner, told);
            try {
                // 1. readiness: the settings-locked phones only a factory reset would fix
                session.check(set, in);
                owner.runUntil("the check", () -> told.checked != null);
                assertEquals(names(demo.settingsLockedPhones()), told.checked.factoryResetOnly().stream()
                        .map(PhoneReadiness::name).collect(Collectors.toCollection(TreeSet::new)), told.checked.phones().toString());

                // 2. prepare: Web and Settings Access on, journalled first; the check after it: none left
                Path journal = dir.resolve("change-42.json");
                assertTrue(session.plan("", journal));
                owner.runUntil("the plan", () -> told.plan != null);
                assertEquals(3, told.plan.phones().size(), told.plan.summary()); // two locked phones, the web-off one
                assertTrue(session.prepare(journal));
                owner.runUntil("the prepare", () -> told.ended != null);
                assertTrue(told.ended.complete(), told.ended.toString());
                ReadinessReport after = told.after;
                assertTrue(after.ready(), after.phones().toString());

                // 3. the change: the Phone Lab's Apply Scenario
                demo.cluster().apply(ClusterScenario.ITLRECOVERY_TVS_REGENERATED);

                // a restore before the fix: the phones that reject the new configuration files say so
                told.ended = null;
                ReadinessInputs restoreIn = new ReadinessInputs(demo.clusterItlUrls(), List.of(), baselines, null, link,
                        false, false, 9);
                session.loadJournal(journal);
                owner.runUntil("the journal", () -> told.loaded != null);
                assertTrue(session.restore(told.loaded, set, restoreIn));
                owner.runUntil("the restore", () -> told.ended != null);
                assertFalse(told.ended.complete());
                Set<String> notTaken = told.ended.failures().stream().map(CampaignPhone::device)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(names(demo.settingsLockedPhones()), notTaken, told.ended.toString());
                told.ended.failures().forEach(p -> assertEquals(CampaignState.RESTORE_NOT_TAKEN, p.state(), p.toString()));

                // 4. audit and fix: their ITL erased, they take the cluster's current one (what the fix's erase does)
                for (SimulatedPhone p : demo.settingsLockedPhones()) {
                    p.installItl(demo.cluster().currentItl(demo.cluster().phoneNode(p.index()).name()));
                    p.reboot();
                    assertTrue(p.awaitReady(Duration.ofSeconds(10)), p.toString());
                }

                // 5. restore, resumed from the journal: every phone back as it was
                told.ended = null;
                told.loaded = null;
                session.loadJournal(journal);
                owner.runUntil("the journal", () -> told.loaded != null);
                assertTrue(session.restore(told.loaded, set, restoreIn));
                owner.runUntil("the restore", () -> told.ended != null);
                assertTrue(told.ended.complete(), told.ended.toString());
                assertEquals(before, phones.stream().map(SimulatedPhone::conditions).toList());
            } finally {
                session.close();
            }
        }
    }

    private static Set<String> names(List<SimulatedPhone> phones) {
        return phones.stream().map(SimulatedPhone::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
