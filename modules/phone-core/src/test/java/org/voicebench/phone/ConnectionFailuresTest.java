package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.phone.TestSupport.fails;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    private PhoneClient client;

    @BeforeEach
    void start() {
        client = TestSupport.client(TestSupport.FAST.withResponseTimeout(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        client.close();
    }

    @Test
    void refusedConnectionMeansWebAccessDisabled() throws Exception {
        PhoneAddress closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = new PhoneAddress("127.0.0.1", s.getLocalPort());
        }
        PhoneAddress phone = closed;
        PhoneException e = fails(PhoneFailure.WEB_ACCESS_DISABLED, phone, () -> client.phone(phone).execute("Key:Settings"));
        assertTrue(e.getMessage().contains("Web Access is probably disabled"), e.getMessage());
        fails(PhoneFailure.WEB_ACCESS_DISABLED, phone, () -> client.phone(phone).screenshot());
    }

    @Test
    void silentPhoneIsUnreachable() throws Exception {
        try (RawServer hung = new RawServer(s -> RawServer.readHead(s))) {
            long t0 = System.nanoTime();
            PhoneException e = fails(PhoneFailure.UNREACHABLE, hung.address(), () -> client.phone(hung.address()).deviceInformation());
            assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() < 5000, "the response timeout bounds the wait");
        }
    }

    @Test
    void connectTimeoutIsUnreachable() throws Exception {
        // A listener whose backlog is full and who never accepts: further SYNs are dropped, so connecting times out.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    java.net.Socket f = new java.net.Socket();
                    try {
                        f.connect(full.getLocalSocketAddress(), 300);
                        fillers.add(f);
                    } catch (java.io.IOException timedOut) {
                        f.close();
                        break; // backlog full
                    }
                }
                PhoneAddress phone = new PhoneAddress("127.0.0.1", full.getLocalPort());
                try (PhoneClient quick = TestSupport.client(TestSupport.FAST.withConnectTimeout(Duration.ofMillis(400)))) {
                    PhoneException e = fails(PhoneFailure.UNREACHABLE, phone, () -> quick.phone(phone).deviceInformation());
                    assertTrue(e.getMessage().contains("did not accept a connection"), e.getMessage());
                }
            } finally {
                for (java.net.Socket f : fillers) {
                    f.close();
                }
            }
        }
    }

    @Test
    void resetConnectionIsDropped() throws Exception {
        try (RawServer resetting = new RawServer(s -> {
            RawServer.readHead(s);
            s.setSoLinger(true, 0); // close with RST
            s.close();
        })) {
            PhoneException e = fails(PhoneFailure.CONNECTION_DROPPED, resetting.address(),
                    () -> client.phone(resetting.address()).execute("Key:Soft3"));
            assertTrue(e.getMessage().contains("rebooting"), e.getMessage());
        }
    }

    @Test
    void closedWithoutAnswerIsDropped() throws Exception {
        try (RawServer closing = new RawServer(s -> {
            RawServer.readHead(s);
            s.shutdownOutput();
        })) {
            fails(PhoneFailure.CONNECTION_DROPPED, closing.address(), () -> client.phone(closing.address()).deviceInformation());
        }
    }

    @Test
    void truncatedAnswerIsDropped() throws Exception {
        try (RawServer truncating = new RawServer(s -> {
            RawServer.readHead(s);
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 5000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            out.flush();
            s.shutdownOutput();
        })) {
            fails(PhoneFailure.CONNECTION_DROPPED, truncating.address(), () -> client.phone(truncating.address()).screenshot());
        }
    }
}
