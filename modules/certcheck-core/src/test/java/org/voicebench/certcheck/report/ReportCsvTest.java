package org.voicebench.certcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.CertificateStatus;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.FindingCode;
import org.voicebench.certcheck.RecordRow;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;

class ReportCsvTest {

    @TempDir
    static Path dir;

    private static TrustCheckReport report() {
        TrustCheckReport r = RegeneratedCluster.report(dir);
        assertEquals(Verdict.RECOVERABLE_VIA_TVS, r.verdict(), r.reasoning().toString());
        return r;
    }

    @Test
    void everyFindingIsOneRecordWithItsTextUnchanged() {
        TrustCheckReport r = report();
        List<List<String>> rows = Csv.parse(ReportCsv.findings(r));

        assertEquals(ReportCsv.FINDING_COLUMNS, rows.get(0));
        assertEquals(r.findings().size() + 1, rows.size());
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(List.of(f.severity().name(), f.code().name(), f.message(), f.remedy()), row.subList(0, 4));
            assertEquals(ReportText.records(f.records()), row.get(4));
        }
        // the remedies have commas and quotes: they only come back whole if the quoting is right
        assertTrue(r.findings().stream().anyMatch(f -> f.remedy().contains(",")), "a remedy with a comma");
    }

    @Test
    void theTvsFindingNamesItsRecordsAndTheChangedCertificateItsCertificate() {
        TrustCheckReport r = report();
        List<List<String>> rows = Csv.parse(ReportCsv.findings(r));
        List<String> tvs = rows.stream().filter(row -> row.get(1).equals("TVS_CAN_VOUCH")).findFirst().orElseThrow();
        assertEquals("WARNING", tvs.get(0));
        assertEquals(3, tvs.get(4).split("; ").length, tvs.get(4));
        assertTrue(tvs.get(4).startsWith("phone #"), tvs.get(4));
        List<String> changed = rows.stream().filter(row -> row.get(1).equals(FindingCode.CERT_CHANGED.name()))
                .findFirst().orElseThrow();
        assertTrue(changed.get(5).startsWith("CallManager@cucm-pub (CN=cucm-pub.lab.example.com"), changed.get(5));
    }

    @Test
    void theCertificateMatrixHasOneRecordPerClusterCertificate() {
        TrustCheckReport r = report();
        List<List<String>> rows = Csv.parse(ReportCsv.certificates(r));

        assertEquals(ReportCsv.CERTIFICATE_COLUMNS, rows.get(0));
        assertEquals(r.certificates().size() + 1, rows.size());
        for (int i = 0; i < r.certificates().size(); i++) {
            CertificateRow c = r.certificates().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(c.certificate().sha256(), row.get(4));
            assertEquals(c.status().name(), row.get(6));
            assertEquals(c.certificate().certificate().subject(), row.get(2), "subjects have commas: quoted whole");
        }
        List<String> regenerated = rows.stream().filter(row -> row.get(0).equals("CallManager")
                && row.get(1).equals("cucm-pub")).findFirst().orElseThrow();
        assertEquals(CertificateStatus.REGENERATED.name(), regenerated.get(6));
        assertTrue(regenerated.get(9).endsWith("cucm-pub-CallManager.pem"), regenerated.get(9));
    }

    @Test
    void theRecordTableHasOneRecordPerPhoneRecord() {
        TrustCheckReport r = report();
        List<List<String>> rows = Csv.parse(ReportCsv.records(r));
        assertEquals(ReportCsv.RECORD_COLUMNS, rows.get(0));
        assertEquals(r.records().size() + 1, rows.size());
        RecordRow first = r.records().get(0);
        assertEquals(List.of("1", first.record().functionLabel()), rows.get(1).subList(0, 2));
        assertTrue(rows.stream().anyMatch(row -> row.get(4).equals("STALE")), "the old CallManager records are stale");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain text", ReportCsv.field("plain text"));
        assertEquals("\"a, b\"", ReportCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportCsv.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", ReportCsv.field("two\r\nlines"));
        assertEquals("\"line\nfeed\"", ReportCsv.field("line\nfeed"));
        assertEquals("", ReportCsv.field(null));
        assertEquals(List.of(List.of("x", "a, b", "say \"hi\"", "two\r\nlines")),
                Csv.parse("x," + ReportCsv.field("a, b") + "," + ReportCsv.field("say \"hi\"") + ","
                        + ReportCsv.field("two\r\nlines") + "\r\n"));
    }
}
