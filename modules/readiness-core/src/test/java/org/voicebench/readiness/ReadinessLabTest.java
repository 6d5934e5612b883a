package org.voicebench.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.ChangeForecast;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.cucm.ProductSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;

/**
 * The readiness check and the access campaign against the simulated cluster: each outcome from its condition, prepare
 * then restore back to the originals (also after a run killed mid-way and resumed), and a prepare after a change the
 * phones reject reporting the phones that did not take it. Cluster on 127.0.190.x, phones on 127.0.191.x.
 */
@Timeout(240)
class ReadinessLabTest {

    private static final String AXL_USER = "axl-readiness";
    private static final String AXL_PASSWORD = "Readiness-Axl-S3cret!";
    private static final PhoneConditions OPEN = PhoneConditions.NORMAL;
    private static final PhoneConditions WEB_OFF = PhoneConditions.NORMAL.withWebAccess(false);
    private static final PhoneConditions LOCKED = PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.DISABLED);
    private static final PhoneConditions RESTRICTED = PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.RESTRICTED);

    @TempDir
    Path dir;

    /** A running lab: cluster, phones (one per condition, all 8845), AXL, clients. */
    private record Lab(SimulatedCluster cluster, PhoneLab phones, SimulatedCucmApi api, CucmSession session,
                       PhoneClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            session.close();
            phones.close();
            cluster.close();
        }

        CucmPhones cucm() {
            return CucmPhones.of(new AxlClient(session));
        }

        ClusterItls itls() throws Exception {
            List<TrustList> out = new ArrayList<>();
            for (ClusterNode n : cluster.nodes()) {
                out.add(TrustLists.read(cluster.currentItl(n.name()), n.itlHttpUrl()));
            }
            return ClusterItls.of(out);
        }

        List<PhoneEntry> entries() {
            return phones.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "",
                    p.profile().model(), "")).toList();
        }

        FleetAudit audit() {
            return new FleetAudit(client, ModelProfiles.builtIn(), AuditSettings.fastSimulator(), AuditCucm.none());
        }
    }

    private Lab lab(int firstCluster, int firstPhone, ClusterScenario scenario, PhoneConditions... conditions)
            throws Exception {
        String phoneAddress = "127.0.191." + firstPhone;
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(phoneAddress), 0));
            port = s.getLocalPort();
        }
        SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(190 + firstCluster)
                .firstAddress("127.0.190." + firstCluster).freePorts().tftpPort(0).scenario(scenario).start();
        PhoneLab.Builder b = PhoneLab.builder().simulatedCluster(cluster).firstAddress(phoneAddress).port(port)
                .rebootTime(Duration.ofMillis(600));
        for (PhoneConditions c : conditions) {
            b.add(1, "8845", c);
        }
        PhoneLab phones = b.start();
        SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                .phones(phones, "Lab"));
        CucmSession session = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                .withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials(AXL_USER, AXL_PASSWORD.toCharArray())));
        PhoneClient client = new PhoneClient(PhoneClientSettings.defaults(), CredentialsProvider.none());
        return new Lab(cluster, phones, api, session, client);
    }

    private static ReadinessReport check(Lab lab, PlanOptions options, List<TrustList> known, String... change)
            throws Exception {
        ClusterItls itls = lab.itls();
        PlannedChange planned = PlannedChange.parse(List.of(change));
        ChangeForecast forecast = planned.forecast(itls.itls(), TrustListDownloader.withDefaults());
        CucmAccess access = new CucmAccess(lab.cucm(), ProductSettings.builtIn(), null, null);
        return new ReadinessCheck(lab.audit(), ModelProfiles.builtIn(), options)
                .run(lab.entries(), itls, known, planned, forecast, access, ReadinessListener.none());
    }

    private static Outcome outcomeOf(ReadinessReport r, SimulatedPhone p) {
        return r.phones().stream().filter(x -> x.name().equals(p.name())).findFirst().orElseThrow().outcome();
    }

    @Test
    void eachOutcomeFollowsFromItsCondition() throws Exception {
        try (Lab lab = lab(1, 1, ClusterScenario.BASELINE, OPEN, WEB_OFF, LOCKED, RESTRICTED)) {
            SimulatedPhone open = lab.phones().phone(0);
            SimulatedPhone webOff = lab.phones().phone(1);
            // a CallManager regeneration on CUCM 12+: the ITL stays signed by ITLRecovery; everyone is fine
            ReadinessReport cm = check(lab, PlanOptions.defaults(), List.of(), "regenerate:CallManager@cucm-pub");
            cm.phones().forEach(p -> assertEquals(Outcome.OK, p.outcome(), p.reason()));
            assertTrue(cm.ready());
            // ITLRecovery and every TVS together: phones reject the next ITL; how they can be fixed follows their access
            ReadinessReport reject = check(lab, PlanOptions.defaults(), List.of(), "regenerate:ITLRecovery", "regenerate:TVS");
            assertEquals(Outcome.ERASE_WEB, outcomeOf(reject, open));
            assertEquals(Outcome.ERASE_AT_PHONE, outcomeOf(reject, webOff));
            assertEquals(Outcome.FACTORY_RESET_ONLY, outcomeOf(reject, lab.phones().phone(2)));
            assertEquals(Outcome.FACTORY_RESET_ONLY, outcomeOf(reject, lab.phones().phone(3)));
            assertFalse(reject.ready());
            assertEquals(Outcome.FACTORY_RESET_ONLY, reject.phones().get(0).outcome(), "blocking phones first");
            assertTrue(reject.nextItls().stream().allMatch(n -> n.signerChanged()), reject.nextItls().toString());
            // with CTI configured the phone without web access is erased over CTI
            ReadinessReport withCti = check(lab, PlanOptions.defaults().withCti(true).withBlindAccepted(true), List.of(),
                    "regenerate:ITLRecovery", "regenerate:TVS");
            assertEquals(Outcome.ERASE_CTI, outcomeOf(withCti, webOff));
            // an unknown node is an input error naming what the cluster has
            ReadinessInputException e = assertThrows(ReadinessInputException.class,
                    () -> PlannedChange.parse(List.of("regenerate:TVS@nowhere")).forecast(lab.itls().itls(),
                            TrustListDownloader.withDefaults()));
            assertTrue(e.getMessage().contains("TVS@cucm-pub"), e.getMessage());
        }
    }

    @Test
    void stalePhonesRestartAndPre12PhonesRecoverThroughTvs() throws Exception {
        try (Lab lab = lab(11, 11, ClusterScenario.CALLMANAGER_REGENERATED, OPEN)) {
            List<TrustList> yesterday = new ArrayList<>();
            for (ClusterNode n : lab.cluster().nodes()) {
                yesterday.add(TrustLists.read(lab.cluster().baselineItl(n.name()), "yesterday-" + n.name()));
            }
            // stale today, accepting the next ITL: a restart fixes it
            ReadinessReport r = check(lab, PlanOptions.defaults(), yesterday, "regenerate:CAPF");
            assertEquals(Outcome.RESTART, r.phones().get(0).outcome(), r.phones().get(0).today().state() + " " + r.phones().get(0).today().assessment().reason() + " / " + r.phones().get(0).reason());
        }
        try (SimulatedCluster pre12 = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(77)
                .signing(org.voicebench.trust.lab.LabCluster.ItlSigning.CALLMANAGER).firstAddress("127.0.190.21").freePorts()
                .tftpPort(0).start()) {
            TrustList itl = TrustLists.read(pre12.currentItl(), "pub");
            ChangeForecast f = PlannedChange.parse(List.of("regenerate:CallManager")).forecast(List.of(itl),
                    TrustListDownloader.withDefaults());
            assertEquals(org.voicebench.certcheck.Verdict.RECOVERABLE_VIA_TVS, f.check(itl).verdict());
            OutcomeRule rule = new OutcomeRule(ModelProfiles.builtIn(), PlanOptions.defaults());
            AfterChange after = new AfterChange(f.check(itl).verdict(), "pub", List.of(), "through TVS");
            assertEquals(Outcome.RECOVERABLE_VIA_TVS, rule.decide(new PhoneReadinessInputs(dummyAudit(), PhoneAccess.unknown(""),
                    after)).outcome());
        }
    }

    private static org.voicebench.audit.PhoneAudit dummyAudit() {
        return new org.voicebench.audit.PhoneAudit(new PhoneEntry(PhoneAddress.parse("127.0.0.1:1"), "SEP000000000001", "",
                "8845", ""), "8845", "", "", "", new org.voicebench.audit.ItlAssessment(org.voicebench.audit.ItlState.MATCH,
                null, "matches"), null, "");
    }

    @Test
    void prepareThenRestoreReturnsEveryPhoneEvenAfterAKilledRunResumed() throws Exception {
        try (Lab lab = lab(31, 31, ClusterScenario.BASELINE, WEB_OFF, LOCKED, RESTRICTED, OPEN)) {
            List<PhoneConditions> before = lab.phones().phones().stream().map(SimulatedPhone::conditions).toList();
            Map<String, PhoneVendorConfig> axlBefore = new java.util.HashMap<>();
            for (SimulatedPhone p : lab.phones().phones()) {
                axlBefore.put(p.name(), lab.cucm().get(p.name()));
            }
            CampaignSettings timing = CampaignSettings.fastSimulator();
            TakeCheck check = new PhoneTakeCheck(lab.cucm(), ProductSettings.builtIn(), lab.audit(), lab.itls(), List.of(), timing);
            // the first run dies after its second update (as a killed process would: no more journal writes)
            AtomicInteger updates = new AtomicInteger();
            CucmPhones dying = new CucmPhones() {
                @Override
                public PhoneVendorConfig get(String device) throws IOException {
                    return lab.cucm().get(device);
                }

                @Override
                public void update(String device, Map<String, String> config) throws IOException {
                    lab.cucm().update(device, config);
                    if (updates.incrementAndGet() == 2) {
                        throw new IllegalStateException("killed");
                    }
                }

                @Override
                public void apply(String device) throws IOException {
                    lab.cucm().apply(device);
                }
            };
            AccessCampaign first = new AccessCampaign(dying, check, timing);
            CampaignPlan plan = first.plan(lab.entries(), new AccessTarget(ProductSettings.builtIn(), null));
            assertEquals(3, plan.phones().size(), plan.summary());
            Path file = dir.resolve("journal.json");
            CampaignJournal journal = CampaignJournal.create(file, "lab", plan.phones());
            assertThrows(IllegalStateException.class, () -> first.prepare(journal, CampaignListener.none()));

            AccessCampaign campaign = new AccessCampaign(lab.cucm(), check, timing);
            CampaignResult prepared = campaign.prepare(CampaignJournal.load(file), CampaignListener.none());
            assertTrue(prepared.complete(), prepared.toString());
            for (SimulatedPhone p : lab.phones().phones()) {
                assertTrue(p.conditions().webAccess(), p.toString());
                assertEquals(SettingsAccess.ENABLED, p.conditions().settingsAccess(), p.toString());
            }
            CampaignResult restored = campaign.restore(CampaignJournal.load(file), CampaignListener.none());
            assertTrue(restored.complete(), restored.toString());
            for (SimulatedPhone p : lab.phones().phones()) {
                assertEquals(before.get(p.index()), p.conditions(), p.toString());
                assertEquals(axlBefore.get(p.name()), lab.cucm().get(p.name()), p.toString());
            }
        }
    }

    @Test
    void aPrepareAfterAChangeThePhonesRejectReportsThePhonesThatDidNotTakeIt() throws Exception {
        try (Lab lab = lab(41, 41, ClusterScenario.BASELINE, WEB_OFF, LOCKED)) {
            lab.cluster().apply(ClusterScenario.CLUSTER_MOVE); // every certificate differs: the configuration's signer too
            CampaignSettings timing = CampaignSettings.fastSimulator().withTakeTimeout(Duration.ofSeconds(6));
            List<TrustList> yesterday = new ArrayList<>();
            for (ClusterNode n : lab.cluster().nodes()) {
                yesterday.add(TrustLists.read(lab.cluster().baselineItl(n.name()), "yesterday-" + n.name()));
            }
            TakeCheck check = new PhoneTakeCheck(lab.cucm(), ProductSettings.builtIn(), lab.audit(), lab.itls(), yesterday,
                    timing);
            AccessCampaign campaign = new AccessCampaign(lab.cucm(), check, timing);
            CampaignPlan plan = campaign.plan(lab.entries(), new AccessTarget(ProductSettings.builtIn(), null));
            CampaignResult r = campaign.prepare(CampaignJournal.create(dir.resolve("j.json"), "lab", plan.phones()),
                    CampaignListener.none());
            assertFalse(r.complete());
            assertEquals(2, r.failures().size(), r.toString());
            for (CampaignPhone p : r.phones()) {
                assertEquals(CampaignState.NOT_TAKEN, p.state(), p.toString());
                assertFalse(p.note().isEmpty());
            }
            assertTrue(lab.phones().phones().stream().allMatch(SimulatedPhone::configurationPending));
            assertFalse(lab.phones().phone(0).conditions().webAccess(), "the phone kept its old configuration");
        }
    }
}
