package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.PhoneCapture;

/** {@link ReplayPhone}: what it serves over HTTP (the rules are PhoneCapture's), and loopback only. */
class ReplayPhoneTest {

    private static final byte[] DEVICE = "<DeviceInformation><modelNumber>CP-7940</modelNumber></DeviceInformation>"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final PhoneCapture CAPTURE = PhoneCapture.builder("10.1.2.3", "test", false, Instant.EPOCH)
            .add(new RawAnswer("/DeviceInformationX", 200, "text/xml; charset=\"utf-8\"", DEVICE))
            .add(new RawAnswer("/PortInformationX?1", 500, null, null))
            .build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private HttpResponse<byte[]> send(ReplayPhone phone, String method, String target) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://" + phone.hostAndPort() + target))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheCapturedAnswersAndNothingElse() throws Exception {
        try (ReplayPhone phone = ReplayPhone.start(CAPTURE, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertTrue(phone.address().getPort() > 0);
            HttpResponse<byte[]> device = send(phone, "GET", "/DeviceInformationX");
            assertEquals(200, device.statusCode());
            assertEquals("text/xml; charset=\"utf-8\"", device.headers().firstValue("Content-Type").orElseThrow());
            assertArrayEquals(DEVICE, device.body());

            HttpResponse<byte[]> head = send(phone, "HEAD", "/DeviceInformationX");
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);

            HttpResponse<byte[]> port = send(phone, "GET", "/PortInformationX?1");
            assertEquals(500, port.statusCode());
            assertTrue(port.headers().firstValue("Content-Type").isEmpty(), "no Content-Type captured, none sent");
            assertEquals(404, send(phone, "GET", "/PortInformationX?2").statusCode());
            assertEquals(403, send(phone, "POST", "/CGI/Execute").statusCode());
            assertEquals(403, send(phone, "PUT", "/DeviceInformationX").statusCode());
        }
    }

    @Test
    void bindsLoopbackOnly() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplayPhone.start(CAPTURE, new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0)));
        assertTrue(e.getMessage().contains("loopback only"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReplayPhone.start(CAPTURE, InetSocketAddress.createUnresolved("localhost", 0)));
    }
}
