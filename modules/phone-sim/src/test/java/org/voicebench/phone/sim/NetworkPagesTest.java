package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.model.PhoneFamily;
import org.w3c.dom.Element;

/** DeviceInformationX as captured, the HTML Network setup page per family, and XML pages without trust fields. */
class NetworkPagesTest {

    /** 79X5, 79X1, 78XX, 88XX, 88X5, then two phones with French labels. */
    private static final List<String> MODELS = List.of("7965", "7941", "7841", "8841", "8845");
    private static final PhoneConditions FRENCH = PhoneConditions.NORMAL.withFrenchLabels(true);
    /** label, spacer, value: upper-case 79xx cells, lower-case b, lower-case strong. */
    private static final Pattern UPPER = Pattern.compile("<TR><TD><B>([^<]*)</B></TD><td width=20></TD><TD><B>([^<]*)</B></TD></TR>");
    private static final Pattern LOWER = Pattern.compile("<tr><td><b>([^<]*)</b></td> <td width=20></td><td><b>([^<]*)</b></td></tr>");
    private static final Pattern STRONG = Pattern.compile(
            "<tr><td><strong>([^<]*)</strong></td> <td width=20></td><td><strong>([^<]*)</strong></td></tr>");

    private static PhoneLab lab;

    @BeforeAll
    static void start() throws IOException {
        PhoneLab.Builder b = LabFixtures.lab().firstAddress("127.0.42.21");
        MODELS.forEach(m -> b.add(1, m));
        lab = b.add(1, "7965", FRENCH).add(1, "8841", FRENCH).start();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static String htmlPath(SimulatedPhone p) {
        return p.profile().family().is79xx() ? "/NetworkConfiguration"
                : "/CGI/Java/Serviceability?adapter=device.statistics.configuration";
    }

    private static String xmlPath(SimulatedPhone p) {
        return p.profile().family().is79xx() ? "/NetworkConfigurationX"
                : "/CGI/Java/Serviceability?adapterX=device.statistics.configuration";
    }

    /** The page's rows as label/value pairs, read with the family's cell pattern (which must match every row). */
    private static List<String[]> rows(SimulatedPhone p) throws Exception {
        String html = LabFixtures.text(p, htmlPath(p));
        PhoneFamily f = p.profile().family();
        Pattern cells = f.is79xx() ? UPPER : f == PhoneFamily.CP88X5 ? STRONG : LOWER;
        List<String[]> out = new ArrayList<>();
        Matcher m = cells.matcher(html);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        assertEquals(html.toLowerCase(Locale.ROOT).split("<tr>").length - 1, out.size(), p + ": rows in another layout");
        return out;
    }

    private static String value(List<String[]> rows, String label) {
        return rows.stream().filter(r -> r[0].equals(label)).map(r -> r[1]).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> labels(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }

    @Test
    void theHtmlRowsHaveTheFamilysCellsAndTheGuidesOrder() throws Exception {
        for (int i = 0; i < MODELS.size(); i++) {
            SimulatedPhone p = lab.phone(i);
            List<String> labels = labels(rows(p));
            List<String> expected = p.profile().family().is79xx()
                    ? List.of("DHCP Server", "MAC Address", "Host Name", "Domain Name", "IP Address", "Subnet Mask",
                            "TFTP Server 1", "Default Router 1", "CTL File", "ITL File", "ITL Signature", "CAPF Server",
                            "TVS", "TFTP Server")
                    : List.of("DHCP server", "MAC address", "Host name", "Domain name", "IP address", "Subnet mask",
                            "TFTP server 1", "Default router", "CTL file", "ITL file", "ITL signature", "CAPF server",
                            "TVS", "TFTP server");
            List<String> inOrder = labels.stream().filter(expected::contains).toList();
            assertEquals(expected, inOrder, p.toString());
            assertEquals(expected.subList(expected.size() - 6, expected.size()),
                    labels.subList(labels.size() - 6, labels.size()), p + ": the trust rows end the page");
            assertEquals(p.tftpServer(), value(rows(p), expected.get(6)));
            assertEquals(p.mac(), value(rows(p), expected.get(1)));
        }
    }

    @Test
    void theItlSignatureIsSha1On88xxAndMd5On78xxAnd79xxAsSpacedUpperCaseBytes() throws Exception {
        for (int i = 0; i < MODELS.size(); i++) {
            SimulatedPhone p = lab.phone(i);
            boolean legacy = p.profile().family().is79xx();
            List<String[]> rows = rows(p);
            String signature = value(rows, legacy ? "ITL Signature" : "ITL signature");
            boolean sha1 = p.profile().model().startsWith("88");
            int bytes = sha1 ? 20 : 16;
            assertTrue(signature.matches("([0-9A-F]{2} ){" + bytes + "}"), p + ": " + bytes + " bytes, each with a space: '"
                    + signature + "'");
            String hash = sha1 ? p.itlSha1().orElseThrow() : p.itlMd5().orElseThrow();
            assertEquals(hash, signature.replace(" ", ""));
            assertEquals("ITLFile.tlv", value(rows, legacy ? "ITL File" : "ITL file"));
            String ctl = value(rows, legacy ? "CTL File" : "CTL file");
            assertTrue(ctl.matches("[0-9A-F]{2}( [0-9A-F]{2}){15}"), p + ": the CTL's MD5 '" + ctl + "'");
        }
    }

    @Test
    void withoutTrustListsTheTrustRowsAreEmpty() throws Exception {
        try (PhoneLab bare = LabFixtures.lab().trustFiles(null, null).add(1, "8845").add(1, "7965")
                .firstAddress("127.0.42.41").start()) {
            for (SimulatedPhone p : bare.phones()) {
                List<String[]> rows = rows(p);
                for (String label : List.of("CTL file", "ITL file", "ITL signature")) {
                    String shown = p.profile().family().is79xx() ? titleCase(label) : label;
                    assertEquals("", value(rows, shown), p + " " + shown);
                }
            }
        }
    }

    private static String titleCase(String label) {
        String[] w = label.split(" ");
        return w[0] + " " + Character.toUpperCase(w[1].charAt(0)) + w[1].substring(1);
    }

    @Test
    void aPhoneSetToFrenchLabelsItsRowsInFrench() throws Exception {
        for (SimulatedPhone p : List.of(lab.phone(MODELS.size()), lab.phone(MODELS.size() + 1))) {
            List<String[]> rows = rows(p);
            assertEquals(p.tftpServer(), value(rows, "Serveur TFTP 1"));
            assertEquals("ITLFile.tlv", value(rows, "Fichier ITL"));
            assertFalse(value(rows, "Signature ITL").isEmpty());
            assertTrue(value(rows, "Fichier CTL").matches("[0-9A-F]{2}( [0-9A-F]{2}){15}"));
            assertFalse(labels(rows).contains("TFTP server 1") || labels(rows).contains("TFTP Server 1"));
            assertTrue(LabFixtures.text(p, htmlPath(p)).contains("Masque de sous-r&eacute;seau"), "accents as entities");
        }
        assertTrue(lab.phone(MODELS.size()).conditions().toString().contains("labels=fr"));
    }

    @Test
    void noXmlPageCarriesTrustListFields() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            for (String path : List.of(xmlPath(p), "/DeviceInformationX")) {
                String xml = LabFixtures.text(p, path);
                assertFalse(xml.contains("ITL") || xml.contains("CTL"), p + " " + path + ": " + xml);
            }
            Element root = LabFixtures.xml(LabFixtures.get(p, xmlPath(p), null).body());
            assertEquals("NetworkConfiguration", root.getTagName());
            assertEquals(p.tftpServer(), root.getElementsByTagName("TFTPServer1").item(0).getTextContent());
        }
    }

    @Test
    void deviceInformationXIsIso88591WithTheCapturedElements() throws Exception {
        List<String> captured = List.of("MACAddress", "HostName", "phoneDN", "appLoadID", "bootLoadID", "versionID",
                "DSPLoadID", "addonModule1", "addonModule2", "hardwareRevision", "serialNumber", "modelNumber",
                "Codec", "Amps", "C3PORevision", "MessageWaiting");
        List<String> newer = new ArrayList<>(captured);
        newer.addAll(List.of("udi", "time", "timezone", "date"));
        for (int i = 0; i < MODELS.size(); i++) {
            SimulatedPhone p = lab.phone(i);
            HttpResponse<byte[]> r = LabFixtures.get(p, "/DeviceInformationX", null);
            String text = new String(r.body(), StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<DeviceInformation>\n   <MACAddress>"),
                    text);
            assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("utf-8"),
                    "the header does not contradict the prolog");
            Element root = LabFixtures.xml(r.body());
            assertEquals(p.profile().family().is79xx() ? captured : newer, LabFixtures.childNames(root), p.toString());
            assertEquals(p.modelNumber(), root.getElementsByTagName("modelNumber").item(0).getTextContent());
        }
        assertEquals(List.of("CP-7965G", "CP-7941G", "CP-7841", "CP-8841", "CP-8845"),
                lab.phones().subList(0, MODELS.size()).stream().map(SimulatedPhone::modelNumber).toList());
    }
}
