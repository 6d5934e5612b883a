package org.voicebench.certcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.TrustCheckReport;

class ReportJsonTest {

    @TempDir
    static Path dir;

    @Test
    void carriesTheContractKeys() throws Exception {
        TrustCheckReport r = RegeneratedCluster.report(dir);
        JsonNode o = new ObjectMapper().readTree(ReportJson.write(r));

        assertEquals(r.verdict().name(), o.get("verdict").asText());
        assertEquals(r.reasoning().size(), o.get("reasoning").size());
        assertEquals(r.findings().size(), o.get("findings").size());
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            JsonNode j = o.get("findings").get(i);
            assertEquals(f.code().name(), j.get("code").asText());
            assertEquals(f.severity().name(), j.get("severity").asText());
            assertEquals(f.message(), j.get("message").asText());
            assertEquals(f.remedy(), j.get("remedy").asText());
            assertEquals(f.records().size(), j.get("records").size());
            assertEquals(f.certificates().size(), j.get("certificates").size());
        }
        assertEquals(r.certificates().size(), o.get("certificates").size());
        JsonNode cert = o.get("certificates").get(0);
        for (String key : new String[] {"role", "node", "subject", "serial", "sha1", "sha256", "notAfter", "sources",
            "status", "records", "detail"}) {
            assertTrue(cert.has(key), key + " in " + cert);
        }
        assertEquals(r.records().size(), o.get("records").size());
        assertEquals(r.phoneList().hashes().sha1(), o.get("phoneList").get("sha1").asText());
        assertTrue(o.get("clusterList").isNull(), "no cluster list was given");
    }
}
