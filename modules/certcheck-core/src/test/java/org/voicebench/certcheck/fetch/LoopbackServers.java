package org.voicebench.certcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.apache.commons.net.tftp.TFTPPacket;
import org.voicebench.trust.lab.LabIdentity;

/** Small servers on 127.0.0.1 that misbehave on purpose (and one that does TLS), closed by the test. */
final class LoopbackServers implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final List<AutoCloseable> open = new ArrayList<>();

    /** A port nothing listens on (free a moment ago). */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    /** Accepts connections and never says a word. */
    int silentTcp() throws IOException {
        ServerSocket s = new ServerSocket(0, 50, LOOPBACK);
        open.add(s);
        List<Socket> held = new ArrayList<>();
        daemon(() -> {
            while (!s.isClosed()) {
                held.add(s.accept());
            }
            return null;
        });
        open.add(() -> {
            for (Socket h : held) {
                h.close();
            }
        });
        return s.getLocalPort();
    }

    /** Answers every connection with {@code answer} (e.g. an HTTP response) and closes it. */
    int plainTcp(byte[] answer) throws IOException {
        ServerSocket s = new ServerSocket(0, 50, LOOPBACK);
        open.add(s);
        daemon(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    InputStream in = c.getInputStream();
                    in.read(new byte[4096]);
                    OutputStream out = c.getOutputStream();
                    out.write(answer);
                    out.flush();
                }
            }
            return null;
        });
        return s.getLocalPort();
    }

    /** A TLS server presenting {@code identity}; completes handshakes and closes. */
    int tls(LabIdentity identity) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(identity.certificate()));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        char[] pw = "test".toCharArray();
        ks.setKeyEntry("key", identity.privateKey(), pw, new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pw);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket s = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 50, LOOPBACK);
        open.add(s);
        daemon(() -> {
            while (!s.isClosed()) {
                try (Socket c = s.accept()) {
                    c.setSoTimeout(5000);
                    ((javax.net.ssl.SSLSocket) c).startHandshake();
                } catch (IOException e) {
                    // a client giving up mid-handshake is fine here
                }
            }
            return null;
        });
        return s.getLocalPort();
    }

    /** A UDP socket that reads requests and never answers. */
    int silentUdp() throws IOException {
        DatagramSocket s = new DatagramSocket(0, LOOPBACK);
        open.add(s);
        return s.getLocalPort();
    }

    /** Answers every TFTP request with an ERROR packet. */
    int tftpError(int code, String message) throws IOException {
        DatagramSocket s = new DatagramSocket(0, LOOPBACK);
        open.add(s);
        daemon(() -> {
            byte[] buf = new byte[1024];
            while (!s.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                s.receive(p);
                TFTPPacket request = TFTPPacket.newTFTPPacket(p);
                try (DatagramSocket transfer = new DatagramSocket(0, LOOPBACK)) {
                    transfer.send(new TFTPErrorPacket(request.getAddress(), request.getPort(), code, message).newDatagram());
                }
            }
            return null;
        });
        return s.getLocalPort();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void daemon(java.util.concurrent.Callable<Void> body) {
        Thread t = new Thread(() -> {
            try {
                body.call();
            } catch (Exception e) {
                // the socket was closed at the end of the test
            }
        }, "loopback-test-server");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(LOOPBACK, port);
    }
}
