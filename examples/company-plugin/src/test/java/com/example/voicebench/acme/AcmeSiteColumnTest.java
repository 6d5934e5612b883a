package com.example.voicebench.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.ItlAssessment;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.report.AuditCsv;
import org.voicebench.audit.report.AuditHtml;
import org.voicebench.audit.report.ReportColumn;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

/** The site column: longest prefix wins, and the report writers pick it up through the Lookup. */
class AcmeSiteColumnTest {

    private static AuditRow row(String address) {
        PhoneAudit p = new PhoneAudit(new PhoneEntry(PhoneAddress.parse(address), "SEP00BE75000001", "Floor 2", "", ""),
                "CP-8845", "sip88xx.14", "cucm-sub1", "http://10.1.1.10:6970/ITLFile.tlv",
                new ItlAssessment(ItlState.MATCH, "00ab", "matches"), null, "");
        return AuditRow.assessed(p);
    }

    @Test
    void longestPrefixWins() {
        AcmeSiteColumn column = new AcmeSiteColumn();
        assertEquals("LON-HQ", column.value(row("10.20.1.5")));
        assertEquals("LON-LAB", column.value(row("10.20.99.7:8080")));
        assertEquals("NYC-01", column.value(row("10.31.200.1")));
        assertNull(column.value(row("192.0.2.1")));
    }

    @Test
    void theReportWritersShowTheColumn() {
        assertTrue(ReportColumn.installed().stream().anyMatch(c -> c instanceof AcmeSiteColumn));
        AuditReport report = new AuditReport(Instant.parse("2026-11-27T10:00:00Z"), Instant.parse("2026-11-27T10:01:00Z"),
                List.of("http://10.1.1.10:6970/ITLFile.tlv"), false, List.of(row("10.20.99.7")));
        String[] csv = AuditCsv.write(report).split("\r\n");
        assertTrue(csv[0].endsWith(",acme_site"), csv[0]);
        assertTrue(csv[1].endsWith(",LON-LAB"), csv[1]);
        assertTrue(AuditHtml.render(report).contains("<th>ACME site</th>"));
    }
}
