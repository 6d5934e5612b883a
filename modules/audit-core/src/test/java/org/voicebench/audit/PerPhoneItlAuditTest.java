package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.report.AuditJson;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.DigestAlgorithm;

/**
 * The audit compares each phone with what its own TFTP node serves for that phone's name: its
 * {@code ITLSEP<MAC>.tlv} when the node has one (over HTTP or TFTP, as the node's ITL was given), else the
 * node's {@code ITLFile.tlv}, and says which file in the report.
 */
class PerPhoneItlAuditTest {

    @Test
    void aPhoneWithItsOwnItlIsJudgedAgainstItAndTheOthersAgainstTheirNodesItlFile() throws Exception {
        try (SimulatedCluster cluster = AuditLab.cluster();
             PhoneLab lab = AuditLab.phones(cluster, "127.0.99.1").add(2, "8845").start();
             PhoneClient client = AuditLab.client()) {
            SimulatedPhone own = lab.phone(0);
            SimulatedPhone plain = lab.phone(1);
            ClusterNode pub = AuditLab.nodeOf(cluster, own);
            String itlSep = TftpFileNames.itlSep(own.mac());
            // it holds its node's current ITLFile.tlv, which would match; but its node serves it its own ITL
            own.installItl(cluster.currentItl(pub.name()));
            cluster.setPhoneItl(pub.name(), own.mac(), cluster.labCluster().itlSep(pub.name(), DigestAlgorithm.SHA1,
                    cluster.filesTimestamp()));
            FleetAudit audit = AuditLab.audit(client, 2);

            for (Function<ClusterNode, String> scheme : List.<Function<ClusterNode, String>>of(n -> n.httpUrl(""),
                    n -> n.tftpUrl(""))) {
                ClusterItls itls = ClusterItls.load(cluster.nodes().stream()
                        .map(n -> scheme.apply(n) + TftpFileNames.ITL_FILE).toList(), TrustListDownloader.withDefaults());
                List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, AuditLab.yesterday(cluster),
                        new AuditListener() { });

                PhoneAudit a = found.get(0);
                assertEquals(ItlState.MISMATCH, a.state(), "judged against its ITLSEP, not the ITLFile it holds: " + a);
                assertEquals(scheme.apply(pub) + itlSep, a.clusterItl(), "asked the same node the same way");
                assertEquals(itlSep, a.clusterItlFile());
                assertTrue(a.assessment().reason().contains("the phone's own ITL"), a.assessment().reason());
                PhoneAudit b = found.get(1);
                assertEquals(ItlState.MISMATCH, b.state(), "yesterday's ITL: " + b);
                assertEquals(scheme.apply(AuditLab.nodeOf(cluster, plain)) + TftpFileNames.ITL_FILE, b.clusterItl(),
                        "no ITLSEP for it: its node's ITLFile.tlv");
                assertEquals(TftpFileNames.ITL_FILE, b.clusterItlFile());
            }

            // at its restart the phone loads its own ITL (signed by the ITLRecovery it holds): now it matches
            own.reboot();
            assertTrue(own.awaitReady(Duration.ofSeconds(5)));
            assertEquals(itlSep, own.itlFileName().orElseThrow());
            ClusterItls itls = AuditLab.itls(cluster);
            List<PhoneAudit> after = audit.assess(AuditLab.entries(lab), itls, List.of(), new AuditListener() { });
            assertEquals(ItlState.MATCH, after.get(0).state(), after.get(0).toString());

            JsonNode phones = new ObjectMapper().readTree(AuditJson.write(audit.report(Instant.now(), itls, after)))
                    .get("phones");
            assertEquals(itlSep, phones.get(0).get("clusterItlFile").asText());
            assertEquals(TftpFileNames.ITL_FILE, phones.get(1).get("clusterItlFile").asText());
        }
    }
}
