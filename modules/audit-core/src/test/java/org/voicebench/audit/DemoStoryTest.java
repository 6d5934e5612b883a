package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The README's walkthrough on the demo lab, without the windows: the first audit finds the stale phones and
 * the two that need the engineer; once those are dealt with (the phone's own password given, web access turned
 * on), the audit with fix ends with every phone MATCH or FIXED.
 */
class DemoStoryTest {

    @Test
    void theDemoFleetEndsTrustingTheCluster() throws Exception {
        String password = "demo-" + Long.toHexString(System.nanoTime());
        try (DemoLab demo = DemoLab.start(new DemoLab.Options(password).fast(true).firstPhoneAddress("127.0.96.1")
                .phonePort(0).clusterFirstAddress("127.0.95.1"))) {
            SimulatedPhone own = demo.ownPasswordPhone();
            SimulatedPhone webOff = demo.webAccessOffPhone();
            PhoneAddress ownAddress = PhoneAddress.parse(own.hostAndPort());
            boolean[] ownPasswordGiven = {false};
            // the lab's password for all, the phone's own once the engineer entered it (as the Phones window does)
            CredentialsProvider credentials = phone -> Optional.of(new PhoneCredentials(demo.credentials().user(),
                    (phone.equals(ownAddress) && ownPasswordGiven[0] ? demo.ownPassword() : password).toCharArray()));
            List<PhoneEntry> phones = demo.phones().phones().stream()
                    .map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "Lab", "", "")).toList();
            try (PhoneClient client = new PhoneClient(PhoneClientSettings.defaults().withMaxConnections(64), credentials)) {
                ClusterItls itls = ClusterItls.load(demo.clusterItlUrls(), TrustListDownloader.withDefaults());
                FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), AuditSettings.fastSimulator());

                List<PhoneAudit> first = audit.assess(phones, itls, List.of(), new AuditListener() { });
                int stale = demo.stalePhones().size();
                assertEquals(phones.size() - stale, count(first, ItlState.MATCH));
                assertEquals(stale - 2, count(first, ItlState.MISMATCH));
                assertEquals(2, count(first, ItlState.UNKNOWN));
                assertTrue(reasonOf(first, own).contains("refused the credentials"), reasonOf(first, own));
                assertTrue(reasonOf(first, webOff).contains("web access is off"), reasonOf(first, webOff));

                ownPasswordGiven[0] = true;
                webOff.setConditions(webOff.conditions().withWebAccess(true));
                Instant started = Instant.now();
                List<PhoneAudit> second = audit.assess(phones, itls, List.of(), new AuditListener() { });
                assertEquals(stale, count(second, ItlState.MISMATCH));
                FixPlan plan = FixPlan.of(second, ModelProfiles.builtIn(), PlanOptions.defaults());
                assertEquals(stale, plan.erasing().size(), "every stale model has its erase variant");
                AuditReport report = audit.fix(started, itls, second, plan, new AuditListener() { });

                assertTrue(report.allTrusted(), report.counts().toString());
                assertEquals(stale, report.counts().get(AuditState.FIXED));
                assertEquals(phones.size() - stale, report.counts().get(AuditState.MATCH));
            }
        }
    }

    private static long count(List<PhoneAudit> audits, ItlState state) {
        return audits.stream().filter(a -> a.state() == state).count();
    }

    private static String reasonOf(List<PhoneAudit> audits, SimulatedPhone phone) {
        return audits.stream().filter(a -> a.address().equals(phone.hostAndPort())).findFirst().orElseThrow()
                .assessment().reason();
    }
}
