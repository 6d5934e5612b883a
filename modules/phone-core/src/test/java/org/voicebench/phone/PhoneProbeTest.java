package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
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

    private void answerInformationPages() {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-8845</modelNumber>"
                + "<versionID>sip88xx.14-2-1</versionID></DeviceInformation>"));
        fake.reply("/NetworkConfigurationX", Reply.xml("<NetworkConfiguration><TFTPServer1>cucm-sub1.lab.example.com"
                + "</TFTPServer1><ITLFile>Installed</ITLFile><ITLFileSHA1>ABCDEF0123</ITLFileSHA1></NetworkConfiguration>"));
    }

    @Test
    void aHealthyPhoneIsAuthOkWithModelFirmwareAndItl() throws Exception {
        answerInformationPages();
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", png.toByteArray(), 0));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), true);
        assertEquals(PhoneState.AUTH_OK, r.state());
        assertEquals("CP-8845", r.modelNumber());
        assertEquals("sip88xx.14-2-1", r.firmware());
        assertEquals(Boolean.TRUE, r.itlInstalled());
        assertEquals("ABCDEF0123", r.itlHash());
        assertEquals("cucm-sub1.lab.example.com", r.tftpServer());
        assertEquals(NOW, r.seen());
        assertNull(r.message());
        assertEquals(PhoneState.REACHABLE, probe.probe(client.phone(fake.address()), false).state());
        assertEquals(2 + 3, fake.requests.size(), "without credentials to check, no screenshot is taken");
    }

    @Test
    void aNetworkPageWithoutTftpServerLeavesItNull() {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-7965G</modelNumber>"
                + "</DeviceInformation>"));
        fake.reply("/NetworkConfigurationX", Reply.xml("<NetworkConfiguration><ITLFile>Not Installed</ITLFile>"
                + "</NetworkConfiguration>"));
        PhoneProbe.Result r = probe.probe(client.phone(fake.address()), false);
        assertEquals(Boolean.FALSE, r.itlInstalled());
        assertNull(r.tftpServer());
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
