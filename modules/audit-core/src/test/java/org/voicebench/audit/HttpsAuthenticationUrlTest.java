package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/**
 * Phones moved to another cluster: the ones whose Authentication URL is HTTPS cannot validate it with their old
 * ITL and refuse every user (Error 4), the audit says why and what to do, and the fix leaves them alone; the ones
 * on an HTTP Authentication URL (the documented workaround) are erased and come back trusting the cluster.
 */
class HttpsAuthenticationUrlTest {

    @Test
    void aPhoneThatCannotAuthenticateAnyoneIsLeftAloneWithTheReasonAndTheWorkaround() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(79).freePorts().tftpPort(0)
                .scenario(ClusterScenario.CLUSTER_MOVE).start();
             PhoneLab lab = AuditLab.phones(cluster, "127.0.96.1")
                     .add(1, "8845", PhoneConditions.NORMAL.withHttpsAuthenticationUrl(true))  // 0 stale, HTTPS URL
                     .add(1, "8845")                                                          // 1 stale, HTTP URL
                     .start();
             PhoneClient client = AuditLab.client()) {
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = AuditLab.audit(client, 2);
            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, AuditLab.yesterday(cluster),
                    new AuditListener() { });

            PhoneAudit https = found.get(0);
            assertEquals(ItlState.UNKNOWN, https.state(), https.assessment().reason());
            String reason = https.assessment().reason();
            assertTrue(reason.contains("refused the credentials") && reason.contains("Authentication URL is HTTPS")
                    && reason.contains("Authentication URL to HTTP"), reason);
            assertEquals(ItlState.MISMATCH, found.get(1).state(), found.get(1).assessment().reason());

            FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), PlanOptions.defaults());
            assertEquals(1, plan.erasing().size());
            PlanItem skipped = plan.skipped().get(0);
            assertEquals(lab.phone(0).hostAndPort(), skipped.phone().address());
            assertTrue(skipped.reason().contains("Authentication URL to HTTP"), skipped.reason());

            byte[] before = lab.phone(0).itl().orElseThrow();
            AuditReport report = audit.fix(Instant.now(), itls, found, plan, new AuditListener() { });
            assertEquals(AuditState.NOT_ATTEMPTED, report.rows().get(0).state());
            assertTrue(report.rows().get(0).reason().contains("Authentication URL"), report.rows().get(0).reason());
            assertTrue(java.util.Arrays.equals(before, lab.phone(0).itl().orElseThrow()), "the HTTPS phone was not touched");
            assertEquals(0, lab.phone(0).acceptedKeys());
            assertEquals(AuditState.FIXED, report.rows().get(1).state(), report.rows().get(1).toString());
            assertEquals(List.of(), lab.phone(1).confirmedResets(), "no reset but the security settings one");
        }
    }
}
