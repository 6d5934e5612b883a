package org.voicebench.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditRow;

/** Extra report columns in the three writers, after VoiceBench's own, without changing them. */
class ReportColumnTest {

    /** The phone's address's third octet as a "site", and "-" for a name holding markup. */
    static final ReportColumn SITE = new ReportColumn() {
        @Override
        public String id() {
            return "site";
        }

        @Override
        public String title() {
            return "Site <code>";
        }

        @Override
        public String value(AuditRow row) {
            String a = row.phone().address();
            return row.phone().phone().name().contains("<") ? null : "site-" + a.split("\\.")[3].split(":")[0];
        }
    };

    static final ReportColumn BROKEN = new ReportColumn() {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String title() {
            return "Broken";
        }

        @Override
        public String value(AuditRow row) {
            throw new IllegalStateException("plugin bug");
        }
    };

    static final ReportColumn BAD_ID = new ReportColumn() {
        @Override
        public String id() {
            return "Bad Id";
        }

        @Override
        public String title() {
            return "Bad";
        }

        @Override
        public String value(AuditRow row) {
            return "x";
        }
    };

    @Test
    void csvAppendsTheColumnsAfterVoiceBenchsOwn() {
        String[] lines = AuditCsv.write(AuditReportsTest.report(), List.of(SITE, SITE, BAD_ID, BROKEN)).split("\r\n");
        assertEquals(String.join(",", AuditCsv.COLUMNS) + ",site,broken", lines[0], "one column per valid id, in order");
        assertTrue(lines[1].endsWith(",site-1,"), lines[1]);
        assertTrue(lines[3].endsWith(",,"), "no value and a failing column read empty: " + lines[3]);
        assertEquals(AuditCsv.write(AuditReportsTest.report(), List.of()).split("\r\n")[0], String.join(",", AuditCsv.COLUMNS));
    }

    @Test
    void jsonPutsTheValuesInEachPhonesExtraObject() throws Exception {
        JsonNode phones = new ObjectMapper().readTree(AuditJson.write(AuditReportsTest.report(), List.of(SITE, BROKEN)))
                .get("phones");
        assertEquals("site-1", phones.get(0).get("extra").get("site").asText());
        assertTrue(phones.get(0).get("extra").get("broken").isNull());
        assertTrue(phones.get(2).get("extra").get("site").isNull());
        assertEquals("MISMATCH", phones.get(0).get("found").asText(), "VoiceBench's keys are unchanged");
        JsonNode none = new ObjectMapper().readTree(AuditJson.write(AuditReportsTest.report(), List.of())).get("phones");
        assertEquals(0, none.get(0).get("extra").size());
    }

    @Test
    void htmlAddsAnEscapedHeaderAndACellPerRow() {
        String html = AuditHtml.render(AuditReportsTest.report(), List.of(SITE));
        assertTrue(html.contains("<th>Why</th><th>Site &lt;code&gt;</th></tr>"), html);
        assertTrue(html.contains("<td>site-2</td></tr>"), html);
    }
}
