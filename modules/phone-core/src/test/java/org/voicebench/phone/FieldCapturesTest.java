package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;

/**
 * The client against what real phones answered (the captures in test resources, see field/SOURCES.md),
 * served byte for byte with the headers they came with: the client must read real answers, not only the
 * simulator's.
 */
class FieldCapturesTest extends FakePhoneFixture {

    static byte[] capture(String name) throws IOException {
        try (InputStream in = FieldCapturesTest.class.getResourceAsStream("field/" + name)) {
            assertNotNull(in, "test resource field/" + name);
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheCapturedDeviceInformationOfA7940WithItsHeaders() throws Exception {
        // the 7940 declares charset="utf-8" in its header but iso-8859-1 in the prolog, as captured
        fake.reply("/DeviceInformationX", new Reply(200, "text/xml; charset=\"utf-8\"", capture("cp7940-DeviceInformationX.xml"), 0));
        DeviceInformation d = client.phone(fake.address()).deviceInformation();
        assertEquals("0003E369A125", d.macAddress());
        assertEquals("SEP0003E369A125", d.hostName());
        assertEquals("CP-7940", d.modelNumber());
        assertEquals("8.1(2.0)", d.versionID());
        assertEquals("OUI", d.field("MessageWaiting"), "values are stripped of the phone's stray spaces");
        assertEquals("3V Amp", d.field("Amps"));
    }

    @Test
    void readsTheAdminGuideModeInfoSampleWithCredentials() throws Exception {
        fake.reply("/CGI/Java/ModeInfo", new Reply(200, "text/xml", capture("cp8800-ModeInfo-admin-guide-sample.xml"), 0));
        ModeInfo m = client.phone(fake.address()).modeInfo();
        assertEquals("Applications", m.planeTitle());
        assertEquals(List.of("Call History", "Preferences"), m.fields().stream().map(ModeInfo.Field::name).toList());
        assertEquals("12", m.values().get("PlaneFieldCount"));
        assertEquals(TestSupport.BASIC, fake.requests.get(0).authorization(), "ModeInfo needs a user associated with the phone");
    }

    @Test
    void readsModeInfoServedAsHtmlAtThe79xxPath() throws Exception {
        fake.reply("/CGI/ModeInfo", new Reply(200, "text/html", capture("cp8800-ModeInfo-admin-guide-sample.xml"), 0));
        ModeInfo m = client.phone(fake.address()).modeInfo();
        assertEquals("Applications", m.planeTitle());
        assertEquals(List.of("/CGI/Java/ModeInfo", "/CGI/ModeInfo"), fake.requests.stream().map(FakePhone.Request::path).toList(),
                "an unknown model: the 78xx/88xx path, then the 79xx one after its 404");
    }

    @Test
    void readsThePadded79xxExecuteAnswer() throws Exception {
        fake.reply("/CGI/Execute", new Reply(200, "text/xml", capture("cp79xx-Execute-response.xml"), 0));
        ExecuteResult r = client.phone(fake.address()).execute("http://host/test.xml");
        assertEquals(0, r.status());
        assertEquals("http://host/test.xml", r.uri());
    }

    @Test
    void capturedHeadersNameTheRomPagerServer() throws Exception {
        String headers = new String(capture("cp7940-response-headers.txt"), StandardCharsets.ISO_8859_1);
        assertTrue(headers.contains("Server: Allegro-Software-RomPager/4.34"), "the capture the simulator's 79xx header copies");
    }

    /** The shared samples, when this checkout sits beside them: the same answers, straight from the source. */
    @Test
    void sharedFieldSamplesWhenPresent() throws Exception {
        Path shared = Path.of("../../../shared/samples/field/cp7940-DeviceInformationX.xml");
        assumeTrue(Files.isRegularFile(shared), "../shared/samples/field is not beside this checkout: skipped");
        fake.reply("/DeviceInformationX", new Reply(200, "text/xml", Files.readAllBytes(shared), 0));
        assertEquals("CP-7940", client.phone(fake.address()).deviceInformation().modelNumber());
    }
}
