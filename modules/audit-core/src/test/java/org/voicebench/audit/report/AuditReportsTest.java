package org.voicebench.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.ItlAssessment;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanItem;
import org.voicebench.certcheck.Verdict;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.w3c.dom.Document;

/** The three report forms of one audit: JSON keys (the CLI contract), CSV cells, well-formed HTML with its chart. */
class AuditReportsTest {

    private static PhoneAudit phone(String address, String name, String model, ItlState state, String reason) {
        return new PhoneAudit(new PhoneEntry(PhoneAddress.parse(address), name, "Lab", "", ""), model, "sip88xx.14",
                "cucm-sub1.lab.example.com", "http://127.0.20.2:6970/ITLFile.tlv",
                new ItlAssessment(state, state == ItlState.MISMATCH ? "00ab" : null, reason),
                state == ItlState.MISMATCH ? Verdict.RECOVERABLE_VIA_TVS : null, "");
    }

    static AuditReport report() {
        PhoneAudit fixed = phone("127.0.10.1:8080", "SEP00BE75000000", "CP-8845", ItlState.MISMATCH, "stale");
        PhoneAudit match = phone("127.0.10.2:8080", "=cmd|' /C calc'!A0", "CP-7965", ItlState.MATCH, "current");
        PhoneAudit off = phone("127.0.10.3:8080", "lobby <b>phone</b>", "CP-8845", ItlState.UNKNOWN,
                "web access is off, \"Web Access\" disabled");
        PhoneResult macro = new PhoneResult("127.0.10.1:8080", "SEP00BE75000000", "Lab", "8845", Outcome.SUCCESS_REBOOTED, 8,
                "Key:Soft3", "", 0, true, Instant.parse("2026-11-27T10:00:01Z"), 2500, List.of());
        return new AuditReport(Instant.parse("2026-11-27T10:00:00Z"), Instant.parse("2026-11-27T10:02:00Z"),
                List.of("http://127.0.20.2:6970/ITLFile.tlv"), true, List.of(
                new AuditRow(fixed, AuditState.FIXED, "back after 40 s holding the cluster's ITL",
                        new PlanItem(fixed, PlanItem.Action.ERASE, "erase-itl", "its ITL does not match"), macro,
                        new ItlAssessment(ItlState.MATCH, "00cd", "matches")),
                new AuditRow(match, AuditState.MATCH, "current", null, null, null),
                new AuditRow(off, AuditState.NOT_ATTEMPTED, "its ITL state is unknown: web access is off",
                        new PlanItem(off, PlanItem.Action.SKIP, "", "its ITL state is unknown"), null, null)));
    }

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        JsonNode root = new ObjectMapper().readTree(AuditJson.write(report()));
        assertEquals(AuditJson.FORMAT, root.get("format").asText());
        assertEquals(3, root.get("phoneCount").asInt());
        assertFalse(root.get("allTrusted").asBoolean());
        assertTrue(root.get("fixRun").asBoolean());
        assertEquals(1, root.get("counts").get("FIXED").asInt());
        assertEquals(0, root.get("counts").get("DID_NOT_RETURN").asInt(), "every state is listed");
        JsonNode first = root.get("phones").get(0);
        assertEquals("127.0.10.1:8080", first.get("address").asText());
        assertEquals("http://127.0.20.2:6970/ITLFile.tlv", first.get("clusterItl").asText());
        assertEquals("ITLFile.tlv", first.get("clusterItlFile").asText(), "the file of its node it was compared with");
        assertEquals("MISMATCH", first.get("found").asText());
        assertEquals("RECOVERABLE_VIA_TVS", first.get("recovery").asText());
        assertEquals("ERASE", first.get("plan").asText());
        assertEquals("SUCCESS_REBOOTED", first.get("macro").get("outcome").asText());
        assertEquals("MATCH", first.get("after").asText());
        assertEquals("FIXED", first.get("state").asText());
        assertTrue(root.get("phones").get(1).get("macro").isNull());
        assertEquals("SKIP", root.get("phones").get(2).get("plan").asText());
    }

    @Test
    void csvHasOneLinePerPhoneAndDefusesFormulas() {
        String[] lines = AuditCsv.write(report()).split("\r\n");
        assertEquals(4, lines.length);
        assertEquals(String.join(",", AuditCsv.COLUMNS), lines[0]);
        assertTrue(lines[1].startsWith("127.0.10.1:8080,SEP00BE75000000,Lab,CP-8845,"), lines[1]);
        assertTrue(lines[1].endsWith(",FIXED,back after 40 s holding the cluster's ITL,ITLFile.tlv"), lines[1]);
        assertEquals("cluster_itl_file", AuditCsv.COLUMNS.get(AuditCsv.COLUMNS.size() - 1), "columns are appended");
        assertTrue(lines[2].contains(",'=cmd|' /C calc'!A0,"), "a formula-like name is defused: " + lines[2]);
        assertTrue(lines[3].contains("\"its ITL state is unknown: web access is off\"") || lines[3].contains(
                ",NOT_ATTEMPTED,its ITL state is unknown: web access is off,"), lines[3]);
    }

    @Test
    void htmlIsWellFormedEscapedAndCarriesTheChart() throws Exception {
        String html = AuditHtml.render(report());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getNodeName());
        assertEquals(1, doc.getElementsByTagName("svg").getLength());
        // one bar per model and state: CP-7965 MATCH, CP-8845 FIXED and NOT_ATTEMPTED, plus one legend box per state
        assertEquals(3 + 3, doc.getElementsByTagName("rect").getLength());
        assertTrue(html.contains("2 of 3 phones trust the cluster"), html);
        assertTrue(html.contains("lobby &lt;b&gt;phone&lt;/b&gt;"), "names are escaped");
        assertFalse(html.contains("<script") || html.contains("src=\"http"), "self-contained, no scripts");
        assertTrue(html.contains(StateColors.css(AuditState.FIXED)));
        assertTrue(html.contains("<th>Compared with</th>") && html.contains("<td>ITLFile.tlv</td>"), html);
    }
}
