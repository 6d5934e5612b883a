package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/** A small lab cluster (fast 1024-bit keys) and an HTTP client speaking to simulated phones. */
final class LabFixtures {

    static final String USER = "labadmin";
    static final String PASSWORD = "s3cret";
    static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-04-01T00:00:00Z");
    private static LabCluster cluster;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private LabFixtures() {
    }

    static synchronized LabCluster cluster() {
        if (cluster == null) {
            cluster = LabCluster.generate("lab.test", List.of("pub", "sub"), 1024, 1024, 42, Instant.parse("2026-01-01T00:00:00Z"));
        }
        return cluster;
    }

    static byte[] itl(Instant t) {
        LabCluster c = cluster();
        return c.itl(c.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, t);
    }

    /** A lab builder with the test user, the small cluster's files and short reboots. */
    static PhoneLab.Builder lab() {
        return PhoneLab.builder().user(USER, PASSWORD).trustFiles(itl(T1), cluster().ctl(DigestAlgorithm.SHA1, T1))
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofMillis(600));
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static URI uri(SimulatedPhone p, String path) {
        return URI.create("http://" + p.hostAndPort() + path);
    }

    static HttpResponse<String> executeRaw(SimulatedPhone p, String body, String contentType, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(p, "/CGI/Execute")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Execute with form encoding and the right credentials. */
    static HttpResponse<String> execute(SimulatedPhone p, String... urls) throws IOException, InterruptedException {
        return executeRaw(p, "XML=" + URLEncoder.encode(executeXml(urls), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", auth(USER, PASSWORD));
    }

    static String executeXml(String... urls) {
        StringBuilder b = new StringBuilder("<CiscoIPPhoneExecute>");
        for (String u : urls) {
            b.append("<ExecuteItem Priority=\"0\" URL=\"").append(u).append("\"/>");
        }
        return b.append("</CiscoIPPhoneExecute>").toString();
    }

    /** Sends one URI per request, as a macro player must; "Pause:n" steps are skipped (tests run fast). */
    static void play(SimulatedPhone p, List<String> steps) throws IOException, InterruptedException {
        for (String step : steps) {
            if (step.startsWith("Pause:")) {
                continue;
            }
            HttpResponse<String> r = execute(p, step);
            if (!r.body().contains("Status=\"0\"")) {
                throw new AssertionError(p + " refused " + step + ": " + r.body());
            }
        }
    }

    static HttpResponse<byte[]> get(SimulatedPhone p, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(p, path)).timeout(Duration.ofSeconds(5)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> screenshot(SimulatedPhone p) throws IOException, InterruptedException {
        return get(p, "/CGI/Screenshot", auth(USER, PASSWORD));
    }

    /** GET with the lab's credentials (ModeInfo, Screenshot). */
    static HttpResponse<byte[]> getAuthorized(SimulatedPhone p, String path) throws IOException, InterruptedException {
        return get(p, path, auth(USER, PASSWORD));
    }

    /** Parses a simulator answer (its own XML: a DOCTYPE is refused), the prolog naming the encoding. */
    static Element xml(byte[] body) throws Exception {
        return HardenedXml.parse(body);
    }

    /** The names of an element's child elements, in order. */
    static List<String> childNames(Element e) {
        List<String> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c.getTagName());
            }
        }
        return out;
    }

    static String text(SimulatedPhone p, String path) throws IOException, InterruptedException {
        return new String(get(p, path, null).body(), StandardCharsets.UTF_8);
    }
}
