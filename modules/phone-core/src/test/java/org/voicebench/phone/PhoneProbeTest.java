package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;

class PhoneProbeTest extends FakePhoneFixture {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final PhoneProbe probe = new PhoneProbe(Clock.fixed(NOW, ZoneOffset.UTC));

    static final String NETWORK_SETUP = "/CGI/Java/Serviceability?adapter=device.statistics.configuration";
    private static final String SHA1_SHOWN = "AB CD EF 01 23 45 67 89 AB CD EF 01 23 45 67 89 AB CD EF 01 ";

    private static String row(String label, String value) {
        return "<tr><td><b>" + label + "</b></td> <td width=20></td><td><b>" + value + "</b></td></tr>";
    }

    private void answerInformationPages() {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><MACAddress>00BE75000007</MACAddress>"
                + "<modelNumber>CP-8845</modelNumber><versionID>sip88xx.14-2-1</versionID></DeviceInformation>"));
        fake.reply(NETWORK_SETUP, new Reply(200, "text/html", ("<html><table>" + row("TFTP server 1", "cucm-sub1.lab.example.com")
                + row("CTL file", "") + row("ITL file", "ITLFile.tlv") + row("ITL signature", SHA1_SHOWN) + "</table></html>")
                .getBytes(StandardCharsets.ISO_8859_1), 0));
    }

    @Test
    void aHealthyPhoneIsAuthOkWithModelFirmwareAndTheItlOfItsNetworkSetupPage() throws Exception {
        answerInformationPages();
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", png.toByteArray(), 0));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), true);
        assertEquals(PhoneState.AUTH_OK, r.state());
        assertEquals("CP-8845", r.modelNumber());
        assertEquals("sip88xx.14-2-1", r.firmware());
        assertEquals("00BE75000007", r.macAddress(), "names the phone's own files on its TFTP server");
        assertEquals(Boolean.TRUE, r.itlInstalled());
        assertEquals("abcdef0123456789abcdef0123456789abcdef01", r.itlHash());
        assertEquals(TrustFile.HashAlgorithm.SHA1, r.itl().algorithm());
        assertEquals("cucm-sub1.lab.example.com", r.tftpServer());
        assertEquals(NETWORK_SETUP, r.trustSource());
        assertEquals(NOW, r.seen());
        assertNull(r.message());
        assertEquals(PhoneState.REACHABLE, probe.probe(client.phone(fake.address()), false).state());
        assertEquals(List.of("/DeviceInformationX", "/CGI/Java/Serviceability", "/CGI/Screenshot", "/DeviceInformationX",
                "/CGI/Java/Serviceability"), fake.requests.stream().map(FakePhone.Request::path).toList(),
                "the 8845's own page, read once; without credentials to check, no screenshot");
    }

    @Test
    void a79xxIsReadAtItsOwnPageFirst() {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-7965G</modelNumber></DeviceInformation>"));
        fake.reply("/NetworkConfiguration", new Reply(200, "text/html", ("<TABLE>" + row("TFTP Server 1", "10.0.0.9")
                + row("ITL File", "") + row("ITL Signature", "") + "</TABLE>").getBytes(StandardCharsets.ISO_8859_1), 0));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), false);
        assertEquals(Boolean.FALSE, r.itlInstalled(), "empty ITL rows: no ITL installed");
        assertEquals("10.0.0.9", r.tftpServer());
        assertEquals("/NetworkConfiguration", fake.requests.get(1).path(), "the 7965's profile names its page");
    }

    @Test
    void withoutItlRowsTheXmlPagesAreAnAdditionalSourceAndNothingMeansNotShown() {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-7965G</modelNumber></DeviceInformation>"));
        fake.reply("/NetworkConfiguration", new Reply(200, "text/html", ("<TABLE>" + row("TFTP Server 1", "10.0.0.9")
                + "</TABLE>").getBytes(StandardCharsets.ISO_8859_1), 0));
        fake.reply("/NetworkConfigurationX", Reply.xml("<NetworkConfiguration><TFTPServer1>10.0.0.9</TFTPServer1>"
                + "</NetworkConfiguration>"));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), false);
        assertNull(r.itlInstalled(), "no page shows the ITL: unknown, not 'not installed'");
        assertEquals(TrustFile.Presence.NOT_SHOWN, r.itl().presence());
        assertTrue(r.trustSource().contains("shows no ITL row"), r.trustSource());
        assertEquals("10.0.0.9", r.tftpServer());

        fake.reply("/NetworkConfigurationX", Reply.xml("<NetworkConfiguration><ITLFile>Installed</ITLFile>"
                + "<ITLFileMD5>00112233445566778899AABBCCDDEEFF</ITLFileMD5></NetworkConfiguration>"));
        PhoneProbe.Result x = probe.probe(client.phone(fake.address()), false);
        assertEquals("00112233445566778899aabbccddeeff", x.itlHash(), "assumed XML names, read only as a fallback");
        assertEquals("/NetworkConfigurationX", x.trustSource());
    }

    @Test
    void aPhoneWithoutAReadableScreenshotKeepsTheItlStateOfItsPage() {
        answerInformationPages();
        fake.reply("/CGI/Screenshot", new Reply(404, "text/html", "<html>Not Found</html>".getBytes(StandardCharsets.US_ASCII), 0));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), true);
        assertEquals(PhoneState.REACHABLE, r.state(), "the credentials unproven, the phone not an error");
        assertEquals("abcdef0123456789abcdef0123456789abcdef01", r.itlHash());
        assertTrue(r.message().startsWith("the credentials were not checked"), r.message());
        assertNull(r.failure());
    }

    @Test
    void refusedCredentialsAreAuthFailedWithTheHint() {
        answerInformationPages();
        fake.reply("/CGI/Screenshot", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), true);
        assertEquals(PhoneState.AUTH_FAILED, r.state());
        assertEquals(PhoneFailure.AUTH_FAILED, r.failure());
        assertEquals(NOW, r.seen(), "the phone answered");
        assertTrue(r.message().contains("Authentication URL"), r.message());
    }

    @Test
    void aRefusedConnectionIsWebAccessOff() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PhoneProbe.Result r = probe.probe(client.phone(new PhoneAddress("127.0.0.1", port)), true);
        assertEquals(PhoneState.WEB_ACCESS_OFF, r.state());
        assertNull(r.seen());
        assertNull(r.modelNumber());
        assertNull(r.tftpServer());
    }
}
