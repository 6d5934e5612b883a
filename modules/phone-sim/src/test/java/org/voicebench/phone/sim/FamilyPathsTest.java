package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.phone.sim.LabFixtures.auth;
import static org.voicebench.phone.sim.LabFixtures.childNames;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The contract's path table per family, ModeInfo behind credentials in its real schema, Execute answers. */
class FamilyPathsTest {

    private static final String MODEINFO_79XX = "/CGI/ModeInfo";
    private static final String MODEINFO_JAVA = "/CGI/Java/ModeInfo";
    private static final String HTML_79XX = "/NetworkConfiguration";
    private static final String XML_79XX = "/NetworkConfigurationX";
    private static final String HTML_JAVA = "/CGI/Java/Serviceability?adapter=device.statistics.configuration";
    private static final String XML_JAVA = "/CGI/Java/Serviceability?adapterX=device.statistics.configuration";
    /** One phone per family: 79X5, 79X1, 797X, 78XX, 88XX, 88X5. */
    private static final List<String> MODELS = List.of("7965", "7941", "7975", "7841", "8841", "8845");
    private static final String ROMPAGER = "Allegro-Software-RomPager/4.34";

    private static PhoneLab lab;

    @BeforeAll
    static void start() throws IOException {
        PhoneLab.Builder b = LabFixtures.lab().firstAddress("127.0.42.1");
        MODELS.forEach(m -> b.add(1, m));
        lab = b.start();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static boolean is79xx(SimulatedPhone p) {
        return p.profile().family().is79xx();
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void eachFamilyAnswersItsOwnPathsAndNotFoundOnTheOthers() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            List<String> own = is79xx(p) ? List.of(HTML_79XX, XML_79XX, MODEINFO_79XX)
                    : List.of(HTML_JAVA, XML_JAVA, MODEINFO_JAVA);
            List<String> others = is79xx(p) ? List.of(HTML_JAVA, XML_JAVA, MODEINFO_JAVA)
                    : List.of(HTML_79XX, XML_79XX, MODEINFO_79XX, "/DeviceInformation");
            for (String path : own) {
                assertEquals(200, LabFixtures.getAuthorized(p, path).statusCode(), p + " " + path);
            }
            for (String path : others) {
                assertEquals(404, LabFixtures.getAuthorized(p, path).statusCode(), p + " " + path);
            }
            for (String path : List.of("/DeviceInformationX", "/")) {
                assertEquals(200, LabFixtures.get(p, path, null).statusCode(), p + " " + path);
            }
            assertEquals(404, LabFixtures.get(p, "/CGI/Java/Serviceability?adapter=device.statistics.nothing", null)
                    .statusCode(), p.toString());
            assertEquals(404, LabFixtures.get(p, "/cgi/execute", null).statusCode(), "paths are case-sensitive");
        }
    }

    @Test
    void modeInfoNeedsCredentialsAsExecuteAndScreenshotDo() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            String path = is79xx(p) ? MODEINFO_79XX : MODEINFO_JAVA;
            HttpResponse<byte[]> none = LabFixtures.get(p, path, null);
            assertEquals(401, none.statusCode(), p.toString());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), p.toString());
            assertTrue(body(none).contains("<CiscoIPPhoneError Number=\"4\"/>"), body(none));
            HttpResponse<byte[]> wrong = LabFixtures.get(p, path, auth(LabFixtures.USER, "wrong"));
            assertTrue(body(wrong).contains("<CiscoIPPhoneError Number=\"4\"/>"), body(wrong));
            HttpResponse<byte[]> right = LabFixtures.getAuthorized(p, path);
            assertEquals(200, right.statusCode());
            assertEquals("CiscoIPPhoneModeInfo", LabFixtures.xml(right.body()).getTagName());
            String type = right.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(is79xx(p) ? "text/html" : "text/xml"), p + ": " + type);
        }
    }

    @Test
    void modeInfoHasTheAdminGuidesSchemaAndMenuItemsAreLabelsOnly() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            LabFixtures.execute(p, "Init:Settings");
            LabFixtures.execute(p, is79xx(p) ? "Key:Settings" : "Key:Applications");
            Element root = LabFixtures.xml(LabFixtures.getAuthorized(p, is79xx(p) ? MODEINFO_79XX : MODEINFO_JAVA)
                    .body());
            List<String> names = childNames(root);
            List<String> plane = List.of("PlaneTitle", "PlaneFieldCount", "PlaneSoftKeyIndex", "PlaneSoftKeyMask",
                    "Prompt", "Notify", "Status");
            assertEquals(plane, names.subList(0, plane.size()), p.toString());
            List<String> labels = new ArrayList<>();
            for (int i = plane.size(); i < names.size(); i++) {
                assertEquals("CiscoIPPhoneFields", names.get(i));
                Element fields = (Element) root.getElementsByTagName("CiscoIPPhoneFields").item(i - plane.size());
                assertEquals(List.of("FieldType", "FieldAttr", "fieldHelpIndex", "FieldName", "FieldValue"),
                        childNames(fields), p.toString());
                labels.add(fields.getElementsByTagName("FieldName").item(0).getTextContent());
            }
            assertEquals(p.screen().fields().stream().map(Screen.Field::name).toList(), labels, p.toString());
            assertEquals(String.valueOf(labels.size()),
                    root.getElementsByTagName("PlaneFieldCount").item(0).getTextContent());
            String wanted = is79xx(p) ? "Security Configuration" : "Admin settings";
            assertTrue(labels.contains(wanted), p + " lists " + labels);
            assertFalse(labels.stream().anyMatch(l -> l.matches("\\d.*")), p + ": numbered labels " + labels);
        }
    }

    @Test
    void the79xxNameTheirRomPagerServerAndTheOthersDoNot() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            for (String path : List.of("/DeviceInformationX", "/nothing")) {
                String server = LabFixtures.get(p, path, null).headers().firstValue("Server").orElse("");
                assertEquals(is79xx(p), server.equals(ROMPAGER), p + " " + path + ": " + server);
            }
        }
    }

    @Test
    void the79xxPadTheirExecuteAnswerToThreeItemsAsCaptured() throws Exception {
        SimulatedPhone p = lab.phone(0);
        assertEquals("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><CiscoIPPhoneResponse>"
                + "<ResponseItem Status=\"0\" Data=\"\" URL=\"Key:Settings\"/>"
                + "<ResponseItem Status=\"0\" Data=\"\" URL=\"\"/>"
                + "<ResponseItem Status=\"0\" Data=\"\" URL=\"\"/></CiscoIPPhoneResponse>",
                LabFixtures.execute(p, "Key:Settings").body());
        String two = LabFixtures.execute(p, "Init:Settings", "SoftKey:Exit").body();
        assertTrue(two.contains("<ResponseItem Status=\"0\" Data=\"\" URL=\"Init:Settings\"/>"
                + "<ResponseItem Status=\"1\" Data=\"Invalid URI\" URL=\"SoftKey:Exit\"/>"
                + "<ResponseItem Status=\"0\" Data=\"\" URL=\"\"/></CiscoIPPhoneResponse>"), two);
    }

    @Test
    void the78xxAnd88xxAnswerOneSuccessItemPerExecuteItem() throws Exception {
        for (SimulatedPhone p : List.of(lab.phone(3), lab.phone(4), lab.phone(5))) {
            String one = LabFixtures.execute(p, "Init:Applications").body();
            assertEquals(1, one.split("<ResponseItem ").length - 1, one);
            assertTrue(one.contains("<ResponseItem Status=\"0\" Data=\"Success\" URL=\"Init:Applications\"/>"), one);
            String xml = "XML=" + URLEncoder.encode(LabFixtures.executeXml("Key:NavUp", "Key:NavDwn"),
                    StandardCharsets.UTF_8);
            String two = LabFixtures.executeRaw(p, xml, "application/x-www-form-urlencoded",
                    auth(LabFixtures.USER, LabFixtures.PASSWORD)).body();
            assertEquals(2, two.split("Data=\"Success\"").length - 1, two);
        }
    }
}
