package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.Function;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.TrustFile;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;

/** {@code sim --cluster}: a simulated CUCM cluster next to the phones, and scenarios that make them stale. */
class SimClusterCommandTest {

    private static final Environment EMPTY = name -> null;
    /** Key generation (2048-bit) comes first: allow for a slow, busy machine. */
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Pattern NODE = Pattern.compile("voicebench-cli sim: (cucm-\\S+) (\\S+): sip-tls=(\\d+) sccp-tls=(\\d+) "
            + "tvs=(\\d+)(?: capf=(\\d+))? tomcat-https=(\\d+) (http://\\S+/ITLFile\\.tlv) (tftp://\\S+/ITLFile\\.tlv)"
            + "(?: (http://\\S+/CTLFile\\.tlv) (tftp://\\S+/CTLFile\\.tlv))?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @TempDir
    Path dir;

    @Test
    void clusterWithAScenarioPrintsEachNodesEndpointsAndThePhonesAreStale() throws Exception {
        RunningCli sim = RunningCli.start(EMPTY, "sim", "--phones", "2", "--models", "8845", "--first-ip", "127.0.98.1",
                "--port", "0", "--cluster", "2", "--scenario", "callmanager-regenerated", "--cluster-ip", "127.0.99.1",
                "--tftp-port", "0", "--duration", "180");
        try {
            String out = sim.awaitOut(o -> o.lines().count() >= 3, STARTUP);
            String err = sim.awaitErr(e -> e.contains("voicebench-cli sim: cucm-sub1 "), Duration.ofSeconds(10));
            assertTrue(err.contains("voicebench-cli sim: simulated cluster of 2 nodes "), err);
            assertTrue(err.contains(", ITL signed by ITLRecovery (CUCM 12+), not in mixed mode; scenario callmanager-regenerated: "
                    + "the publisher's CallManager certificate was regenerated\n"), err);
            List<Matcher> nodes = err.lines().map(NODE::matcher).filter(Matcher::matches).toList();
            assertEquals(2, nodes.size(), err);
            Matcher pub = nodes.get(0);
            assertEquals("cucm-pub", pub.group(1));
            assertEquals(null, nodes.get(1).group(6), "CAPF runs on the publisher only");
            if (err.contains("from 127.0.99.1,")) {
                // own addresses: the standard ports
                assertEquals(List.of("127.0.99.1", "5061", "2443", "2445", "3804", "8443", "http://127.0.99.1:6970/ITLFile.tlv"),
                        List.of(pub.group(2), pub.group(3), pub.group(4), pub.group(5), pub.group(6), pub.group(7), pub.group(8)));
                assertEquals("127.0.99.2", nodes.get(1).group(2));
            }

            // the cluster serves the ITL with the regenerated CallManager, and 5061 presents it
            byte[] itlBytes = HTTP.send(HttpRequest.newBuilder(URI.create(pub.group(8))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            TrustList itl = TrustLists.read(itlBytes, pub.group(8));
            byte[] tftpRecord = itl.recordsWith(Function.TFTP).get(0).certificate().der();
            assertArrayEquals(tftpRecord, leafCertificate(pub.group(2), Integer.parseInt(pub.group(3))));
            assertArrayEquals(tftpRecord, leafCertificate(pub.group(2), Integer.parseInt(pub.group(4))));

            // the phones got the ITL before the change: they hold another one
            String phone = out.lines().skip(1).findFirst().orElseThrow().split(",")[0];
            // read as from a real phone: the ITL hash on its Network setup page (MD5 or SHA-1 by model)
            try (PhoneClient client = new PhoneClient(CredentialsProvider.none())) {
                TrustFile held = client.phone(PhoneAddress.parse(phone)).networkSetup().itl();
                assertEquals(TrustFile.Presence.INSTALLED, held.presence(), held.toString());
                String algorithm = held.algorithm() == TrustFile.HashAlgorithm.MD5 ? "MD5" : "SHA-1";
                assertNotEquals(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(itlBytes)), held.hash(),
                        "the phone's ITL is yesterday's");
            }
        } finally {
            CliRun end = sim.stop();
            assertEquals(0, end.exit(), end.transcript());
            assertTrue(end.err().contains("2 phones and the 2-node cluster stopped (interrupted)"), end.err());
        }
    }

    @Test
    void withAnInventoryFileTheClusterLinesFollowTheSummaryOnStdout() throws Exception {
        Path file = dir.resolve("lab.csv");
        CliRun r = CliRun.with(EMPTY, "sim", "--phones", "1", "--first-ip", "127.0.98.101", "--port", "0", "--cluster", "1",
                "--signing", "pre12", "--mixed-mode", "--cluster-ip", "127.0.99.101", "--tftp-port", "0",
                "--inventory", file.toString(), "--duration", "1");

        assertEquals(0, r.exit(), r.transcript());
        List<String> out = r.out().lines().toList();
        assertEquals(5, out.size(), r.out());
        assertTrue(out.get(0).endsWith("inventory in " + file), r.out());
        assertTrue(out.get(1).startsWith("voicebench-cli sim: simulated cluster of 1 node ")
                && out.get(1).contains(", ITL signed by CallManager (before CUCM 12), mixed mode (CTL served); scenario baseline: "
                        + "nothing changed"), r.out());
        Matcher node = NODE.matcher(out.get(2));
        assertTrue(node.matches(), out.get(2));
        assertTrue(node.group(10).endsWith("/CTLFile.tlv") && node.group(11).startsWith("tftp://"), out.get(2));
        assertTrue(out.get(3).matches("voicebench-cli sim: lab CTI: CTI Manager host 127\\.[0-9.]+:[0-9]+, no application user "
                + "\\(give --user\\)"), out.get(3));
        assertTrue(out.get(4).startsWith("voicebench-cli sim: lab CTI: stand-in for Cisco JTAPI (reaches only this lab): "),
                out.get(4));
        assertTrue(Files.readString(file).startsWith("address,model,name,mac\n"));
        assertTrue(r.err().contains("1 phones and the 1-node cluster stopped (duration)"), r.err());
    }

    @Test
    void wrongClusterArgumentsAreUsageErrors() {
        assertUsage("--scenario: unknown scenario 'bogus'; valid: baseline, callmanager-regenerated, tvs-regenerated, "
                + "callmanager-tvs-regenerated, itlrecovery-regenerated, itlrecovery-tvs-regenerated, cluster-move, rollback-itl",
                "--cluster", "2", "--scenario", "bogus");
        assertUsage("--scenario needs --cluster NODES", "--scenario", "cluster-move");
        assertUsage("--mixed-mode needs --cluster NODES", "--mixed-mode");
        assertUsage("--signing must be cucm12 or pre12, not 'cucm11'", "--cluster", "1", "--signing", "cucm11");
        assertUsage("--cluster must be between 1 and 20 nodes, not 0", "--cluster", "0");
        assertUsage("--cluster-ip 10.0.0.1 is not a loopback address", "--cluster", "1", "--cluster-ip", "10.0.0.1");
        assertUsage("--tftp-port must be between 0 and 65535, not 70000", "--cluster", "1", "--tftp-port", "70000");
    }

    private static void assertUsage(String message, String... clusterArgs) {
        String[] args = new String[4 + clusterArgs.length];
        System.arraycopy(new String[] {"sim", "--phones", "1", "--duration=1"}, 0, args, 0, 4);
        System.arraycopy(clusterArgs, 0, args, 4, clusterArgs.length);
        CliRun r = CliRun.with(EMPTY, args);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: " + message), r.transcript());
        assertTrue(r.err().contains("Usage: voicebench-cli sim"), r.err());
        assertEquals("", r.out());
    }

    /** The DER of the certificate a TLS port presents, read without judging it. */
    private static byte[] leafCertificate(String host, int port) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // a test client: it only reads what the simulator presents
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), 3000);
            plain.setSoTimeout(5000);
            try (SSLSocket tls = (SSLSocket) ctx.getSocketFactory().createSocket(plain, host, port, true)) {
                tls.startHandshake();
                return tls.getSession().getPeerCertificates()[0].getEncoded();
            }
        }
    }
}
