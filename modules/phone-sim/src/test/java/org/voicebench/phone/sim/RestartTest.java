package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A restarting phone accepts connections and answers nothing, then drops them when it is back. */
class RestartTest {

    private static final int SILENCE_MS = 500;

    /** A connection that sent a request (or none, with an empty request) and waits for the answer. */
    private static Socket ask(SimulatedPhone p, String request) throws IOException {
        Socket s = new Socket();
        s.connect(p.address(), 2000);
        s.setSoTimeout(SILENCE_MS);
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: phone\r\n\r\n";
    }

    /** -1 when the phone closed (or reset) the connection; the first byte otherwise. */
    private static int firstByte(Socket s, int timeoutMs) throws IOException {
        s.setSoTimeout(timeoutMs);
        InputStream in = s.getInputStream();
        try {
            return in.read();
        } catch (SocketException reset) {
            return -1;
        }
    }

    @Test
    void whileRestartingTheAddressAcceptsAndAnswersNothingThenDropsTheHeldConnections() throws Exception {
        try (PhoneLab lab = LabFixtures.lab().rebootTime(Duration.ofSeconds(2)).add(1, "8811").add(1, "7965")
                .firstAddress("127.0.42.61").start()) {
            for (SimulatedPhone p : lab.phones()) {
                p.reboot();
                assertTrue(p.rebooting());
                try (Socket asked = ask(p, get("/DeviceInformationX")); Socket silent = ask(p, "")) {
                    assertThrows(SocketTimeoutException.class, () -> asked.getInputStream().read(),
                            p + " answered while restarting");
                    assertThrows(SocketTimeoutException.class, () -> silent.getInputStream().read());
                    assertTrue(p.listening(), "the port stays open");
                    assertTrue(p.awaitReady(Duration.ofSeconds(5)), p + " did not come back");
                    assertEquals(-1, firstByte(asked, 3000), p + ": the held request must not be answered late");
                    assertEquals(-1, firstByte(silent, 3000), p + ": every held connection is dropped");
                }
                assertEquals(200, LabFixtures.get(p, "/DeviceInformationX", null).statusCode(), p + " is back");
                assertTrue(p.hasItl(), "a plain restart keeps the ITL");
                assertEquals(1, p.rebootCount());
            }
        }
    }

    @Test
    void anEraseRestartsThePhoneSilentlyAndItComesBackAnswering() throws Exception {
        try (PhoneLab lab = LabFixtures.lab().rebootTime(Duration.ofSeconds(2)).add(1, "8845")
                .firstAddress("127.0.42.71").start()) {
            SimulatedPhone p = lab.phone(0);
            LabelWalk.http(p).eraseTrust(p.profile());
            long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (!p.rebooting() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertTrue(p.rebooting(), "the erase restarts the phone");
            try (Socket s = ask(p, get("/"))) {
                assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read());
            }
            assertTrue(p.awaitReady(Duration.ofSeconds(5)));
            assertEquals(200, LabFixtures.get(p, "/", null).statusCode());
            assertFalse(p.hasItl(), "no ITL source in this lab");
        }
    }

    @Test
    void aPhoneWithWebAccessOffKeepsRefusingWhileRestarting() throws Exception {
        try (PhoneLab lab = LabFixtures.lab().add(1, "8841", PhoneConditions.NORMAL.withWebAccess(false))
                .firstAddress("127.0.42.81").start()) {
            SimulatedPhone p = lab.phone(0);
            p.reboot();
            assertThrows(ConnectException.class, () -> LabFixtures.get(p, "/", null));
            assertTrue(p.awaitReady(Duration.ofSeconds(5)));
            assertThrows(ConnectException.class, () -> LabFixtures.get(p, "/", null));
        }
    }

    @Test
    void stoppingTheLabDuringARestartClosesTheHeldConnectionsAndThePort() throws Exception {
        PhoneLab lab = LabFixtures.lab().rebootTime(Duration.ofSeconds(30)).add(1, "7841").firstAddress("127.0.42.91")
                .start();
        SimulatedPhone p = lab.phone(0);
        p.reboot();
        try (Socket held = ask(p, get("/"))) {
            assertThrows(SocketTimeoutException.class, () -> held.getInputStream().read());
            long start = System.nanoTime();
            lab.close();
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "the stop does not wait for the restart");
            assertEquals(-1, firstByte(held, 3000));
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(p.address().getAddress(), p.address().getPort()));
        }
    }
}
