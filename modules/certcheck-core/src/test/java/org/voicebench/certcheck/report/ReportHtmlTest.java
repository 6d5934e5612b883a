package org.voicebench.certcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.trust.TrustLists;

/** The page is read back with an XML parser: well-formed, and every table holds what the report says. */
class ReportHtmlTest {

    @TempDir
    static Path dir;

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> texts(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theBannerShowsTheVerdictAndTheReasoningEveryStep() throws Exception {
        TrustCheckReport r = RegeneratedCluster.report(dir);
        Document doc = parse(ReportHtml.render(r));

        assertEquals("verdict RECOVERABLE_VIA_TVS", xpath.evaluate("//div[@id='verdict']/@class", doc));
        assertEquals("RECOVERABLE_VIA_TVS", xpath.evaluate("//div[@id='verdict']/h1", doc));
        assertTrue(xpath.evaluate("//div[@id='verdict']/p", doc).contains("TVS"));
        assertEquals(r.reasoning(), texts(doc, "//ol[@id='reasoning']/li"));
        assertTrue(xpath.evaluate("/html/head/title", doc).contains("phone-ITLFile.tlv"));
    }

    @Test
    void theFindingsTableHasEachFindingWithSeverityAndRemedy() throws Exception {
        TrustCheckReport r = RegeneratedCluster.report(dir);
        Document doc = parse(ReportHtml.render(r));

        assertEquals(r.findings().size(), texts(doc, "//table[@id='findings']/tr[td]").size());
        assertEquals(r.findings().stream().map(f -> f.severity().name()).toList(),
                texts(doc, "//table[@id='findings']/tr/td[1]"));
        assertEquals(r.findings().stream().map(Finding::remedy).toList(), texts(doc, "//table[@id='findings']/tr/td[4]"));
        assertEquals(r.findings().stream().map(Finding::message).toList(), texts(doc, "//table[@id='findings']/tr/td[3]"));
        assertEquals("sev WARNING", xpath.evaluate("//table[@id='findings']/tr[td[2]='TVS_CAN_VOUCH']/td[1]/@class", doc));
    }

    @Test
    void theCertificateMatrixAndRecordTableHaveARowEach() throws Exception {
        TrustCheckReport r = RegeneratedCluster.report(dir);
        Document doc = parse(ReportHtml.render(r));

        assertEquals(r.certificates().size(), texts(doc, "//table[@id='certificates']/tr[td]").size());
        assertEquals("REGENERATED", xpath.evaluate(
                "//table[@id='certificates']/tr[td[1]='CallManager' and td[2]='cucm-pub']/td[6]", doc));
        assertEquals(r.records().size(), texts(doc, "//table[@id='records']/tr[td]").size());
        assertEquals(r.records().stream().map(x -> x.status().name()).toList(),
                texts(doc, "//table[@id='records']/tr/td[5]"));
    }

    @Test
    void textFromTheInputsIsEscapedAndThePageNeedsNothingFromOutside() throws Exception {
        TrustCheckReport real = RegeneratedCluster.report(dir);
        String hostile = "<script>alert(\"x\")</script>&'.tlv";
        TrustCheckReport r = new TrustCheckReport(real.checkedAt(),
                TrustLists.read(real.phoneList().bytes(), hostile, real.checkedAt()), null, null, real.verdict(),
                List.of("step with <b>markup</b> & \"quotes\""), real.findings(), real.certificates(), real.records());
        String html = ReportHtml.render(r);

        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script element");
        assertFalse(lower.contains("<b>"), "no markup from the reasoning");
        assertFalse(lower.contains("src=") || lower.contains("href=") || lower.contains("<link"), "self-contained");
        Document doc = parse(html);
        assertEquals(hostile + " (ITL, " + r.phoneList().records().size() + " records)",
                xpath.evaluate("//table[@id='inputs']/tr[td[1]='Phone trust list']/td[2]", doc));
        assertEquals(List.of("step with <b>markup</b> & \"quotes\""), texts(doc, "//ol[@id='reasoning']/li"));
    }

    @Test
    void escapeHandlesEveryMarkupCharacterAndControlCharacters() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", ReportHtml.escape("a <b> & \"c\" 'd'"));
        assertEquals("bell\uFFFD tab\t", ReportHtml.escape("bell\u0007 tab\t"));
        assertEquals("", ReportHtml.escape(null));
    }
}
