package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * {@code audit} end to end against a simulated 3-node cluster whose CallManager certificate was
 * regenerated after its phones got their ITL: assess, fix, the states of phones that cannot be fixed,
 * input and usage errors, and CUCM discovery over several AXL pages with the RIS rate-limit back-off.
 * Cluster on 127.0.120.x, phones on 127.0.121.x (no other test uses them).
 */
@Timeout(180)
class AuditCommandTest {

    private static final String USER = "fleet-admin";
    private static final String PASSWORD = "Audit-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-S3cret!";
    private static final String PHONES_FIRST = "127.0.121.1";
    private static final Environment ENV = Map.of("VOICEBENCH_PASSWORD", PASSWORD,
            "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD)::get;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static SimulatedCluster cluster;

    @TempDir
    Path dir;

    private final List<CliRun> runs = new ArrayList<>();
    private PhoneLab lab;

    @BeforeAll
    static void startCluster() throws IOException {
        cluster = SimulatedCluster.builder().nodes(3).keyBits(1024).seed(120).firstAddress("127.0.120.1").freePorts()
                .tftpPort(0).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
        for (CliRun r : runs) {
            assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "password printed:\n" + r.transcript());
            assertFalse(r.out().contains(AXL_PASSWORD) || r.err().contains(AXL_PASSWORD),
                    "AXL password printed:\n" + r.transcript());
        }
    }

    /**
     * Five phones on their own addresses (all on {@code port}; 0: free ports): 0, 1, 2 and 4 hold yesterday's
     * ITL (the default after the scenario), 3 holds its node's current one; {@code fifth} is phone 4's condition.
     */
    private PhoneLab startLab(int port, PhoneConditions fifth) throws IOException {
        lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(PHONES_FIRST)
                .port(port).eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1))
                .add(2, "8845").add(1, "7965").add(1, "7841").add(1, "8861", fifth).start();
        SimulatedPhone current = lab.phone(3);
        current.installItl(cluster.currentItl(nodeOf(current).name()));
        return lab;
    }

    private PhoneLab startLab() throws IOException {
        return startLab(0, PhoneConditions.NORMAL);
    }

    private static ClusterNode nodeOf(SimulatedPhone phone) {
        return cluster.nodes().stream().filter(n -> n.fqdn().equalsIgnoreCase(phone.tftpServer())).findFirst()
                .orElseThrow(() -> new AssertionError(phone + " names no node of the cluster: " + phone.tftpServer()));
    }

    /** A port free on the phones' first address (the lab binds it on every phone's address). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(PHONES_FIRST), 0));
            return s.getLocalPort();
        }
    }

    private Path csv(PhoneLab l, String user) throws IOException {
        List<PhoneEntry> e = l.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(),
                "lab", p.modelNumber(), user)).toList();
        Path f = dir.resolve("lab.csv");
        Files.writeString(f, InventoryCsv.write(e));
        return f;
    }

    private static List<String> clusterItlArgs() {
        List<String> a = new ArrayList<>(List.of("--cluster-itl"));
        cluster.nodes().forEach(n -> a.add(n.itlHttpUrl()));
        return a;
    }

    private CliRun audit(Environment env, Object... args) {
        List<String> a = new ArrayList<>(List.of("audit"));
        a.addAll(clusterItlArgs());
        for (Object o : args) {
            a.add(o.toString());
        }
        CliRun r = CliRun.with(env, a.toArray(String[]::new));
        runs.add(r);
        return r;
    }

    private static JsonNode json(CliRun r) throws IOException {
        return JSON.readTree(r.out());
    }

    /** address -> final state. */
    private static Map<String, String> states(JsonNode report) {
        Map<String, String> out = new HashMap<>();
        report.get("phones").forEach(p -> out.put(p.get("address").asText(), p.get("state").asText()));
        return out;
    }

    private static String address(SimulatedPhone p) {
        return p.hostAndPort();
    }

    @Test
    void fixErasesTheStalePhonesAndProvesTheyTrustTheClusterAgain() throws Exception {
        startLab();
        Path report = dir.resolve("r.html");
        Path journal = dir.resolve("journal.jsonl");
        CliRun r = audit(ENV, "--phones", csv(lab, ""), "--user", USER, "--fix", "--yes", "--fast-sim", "--json",
                "--report", report, "--journal", journal);

        assertEquals(ExitCodes.OK, r.exit(), r.transcript());
        JsonNode root = json(r); // stdout is the JSON and nothing else
        assertEquals("voicebench-audit/1", root.get("format").asText());
        assertTrue(root.get("fixRun").asBoolean());
        assertTrue(root.get("allTrusted").asBoolean());
        assertEquals(5, root.get("phoneCount").asInt());
        Map<String, String> states = states(root);
        assertEquals("MATCH", states.get(address(lab.phone(3))), r.transcript());
        for (int i : new int[] {0, 1, 2, 4}) {
            assertEquals("FIXED", states.get(address(lab.phone(i))), "phone " + i + "\n" + r.transcript());
            assertTrue(lab.phone(i).rebootCount() >= 1, "phone " + i + " was erased and restarted");
            assertArrayEquals(cluster.currentItl(nodeOf(lab.phone(i)).name()), lab.phone(i).itl().orElseThrow(),
                    "phone " + i + " holds its node's current ITL");
        }
        assertEquals(0, lab.phone(3).rebootCount(), "the matching phone is left alone");
        assertEquals(4, root.get("counts").get("FIXED").asInt());
        // each phone was compared with its own node's ITL
        for (JsonNode p : root.get("phones")) {
            assertTrue(List.of("MISMATCH", "MATCH").contains(p.get("found").asText()), p.toString());
            assertTrue(p.get("clusterItl").asText().startsWith("http://127.0.120."), p.toString());
        }
        // plan and progress on stderr, as --json keeps stdout for the JSON
        assertTrue(r.err().contains("Plan: erase the ITL on 4 phone(s)"), r.err());
        assertTrue(r.err().contains("[verify 4/4]"), r.err());

        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, Math.min(200, html.length())));
        assertTrue(html.contains("<svg"), "the report has its chart");
        assertTrue(Files.readString(journal).lines().count() >= 4, "the journal records each erase");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".tmp")).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void assessOnlyReportsTheMismatchesWithTheTablesAndTouchesNothing() throws Exception {
        startLab();
        Path known = dir.resolve("yesterday-pub.tlv");
        Files.write(known, cluster.baselineItl(cluster.publisher().name()));
        Path csvReport = dir.resolve("r.csv");
        CliRun r = audit(ENV, "--phones", csv(lab, USER), "--known-itl", known, "--report", csvReport);

        assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("NAME") && lines[0].contains("FOUND") && lines[0].contains("STATE")
                && lines[0].contains("REASON"), r.out());
        for (int i = 0; i < 5; i++) {
            SimulatedPhone p = lab.phone(i);
            String row = r.out().lines().filter(l -> l.contains(address(p))).findFirst().orElseThrow(() ->
                    new AssertionError(p + " missing:\n" + r.out()));
            assertTrue(row.contains(i == 3 ? "MATCH" : "MISMATCH"), row);
            assertEquals(0, p.rebootCount(), "assessing touches nothing");
        }
        assertTrue(r.out().contains("5 phone(s): 1 MATCH, 4 MISMATCH; 4 do not trust the cluster"), r.out());
        assertTrue(r.err().contains("[assess 5/5]"), r.err());
        String written = Files.readString(csvReport);
        assertTrue(written.lines().count() == 6 && written.contains("MISMATCH"), written);

        // JSON: the publisher's phones hold yesterday's publisher ITL, which the comparer judges
        CliRun j = audit(ENV, "--phones", csv(lab, USER), "--known-itl", known, "--json");
        assertEquals(ExitCodes.NOT_OK, j.exit(), j.transcript());
        JsonNode root = json(j);
        assertTrue(!root.get("fixRun").asBoolean() && !root.get("allTrusted").asBoolean());
        assertEquals(4, root.get("counts").get("MISMATCH").asInt());
        boolean judged = false;
        for (JsonNode p : root.get("phones")) {
            if (p.get("state").asText().equals("MISMATCH")) {
                assertFalse(p.get("recoveryNote").asText().isEmpty(), p.toString());
                judged |= !p.get("recovery").isNull();
            }
        }
        assertTrue(judged, "a phone holding the known ITL gets the comparer's verdict:\n" + root);
    }

    @Test
    void aPhoneWithWebAccessOffIsUnknownThenNotAttempted() throws Exception {
        startLab(0, PhoneConditions.NORMAL.withWebAccess(false));
        Path phones = csv(lab, "");
        String off = address(lab.phone(4));

        CliRun assess = audit(ENV, "--phones", phones, "--user", USER, "--json");
        assertEquals(ExitCodes.NOT_OK, assess.exit(), assess.transcript());
        JsonNode found = phone(json(assess), off);
        assertEquals("UNKNOWN", found.get("state").asText());
        assertFalse(found.get("reason").asText().isBlank(), found.toString());

        CliRun fix = audit(ENV, "--phones", phones, "--user", USER, "--fix", "--yes", "--fast-sim", "--json");
        assertEquals(ExitCodes.NOT_OK, fix.exit(), fix.transcript());
        JsonNode root = json(fix);
        JsonNode skipped = phone(root, off);
        assertEquals("NOT_ATTEMPTED", skipped.get("state").asText(), skipped.toString());
        assertEquals("SKIP", skipped.get("plan").asText());
        assertTrue(skipped.get("reason").asText().contains("unknown"), skipped.toString());
        assertEquals(3, root.get("counts").get("FIXED").asInt(), fix.transcript());
        assertTrue(fix.err().contains("Skip:"), fix.err());
    }

    private static JsonNode phone(JsonNode report, String address) {
        for (JsonNode p : report.get("phones")) {
            if (p.get("address").asText().equals(address)) {
                return p;
            }
        }
        throw new AssertionError(address + " not in " + report);
    }

    /** Ctrl+C arrives as an interrupt of the audit (the shutdown hook interrupts it the same way). */
    @Test
    void anInterruptedFixKeepsTheJournalAndStillReports() throws Exception {
        PhoneLab.Builder b = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(PHONES_FIRST)
                .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(30)).add(4, "8845");
        lab = b.start();
        Path phones = csv(lab, USER);
        Path journal = dir.resolve("journal.jsonl");
        Path report = dir.resolve("r.json");
        CompletableFuture<CliRun> run = new CompletableFuture<>();
        Thread worker = new Thread(() -> run.complete(audit(ENV, "--phones", phones, "--fix", "--yes", "--fast-sim",
                "--concurrency", 1, "--json", "--journal", journal, "--report", report)), "audit-under-test");
        worker.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(journal) && Files.readString(journal).contains("\"event\":\"result\""))) {
            assertTrue(System.nanoTime() < end, "no phone finished its erase within 60 s");
            Thread.sleep(50);
        }
        worker.interrupt();
        CliRun r = run.get(60, TimeUnit.SECONDS);
        worker.join(5_000);

        assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
        assertTrue(r.err().contains("cancelled"), r.err());
        JsonNode root = json(r);
        assertTrue(root.get("fixRun").asBoolean());
        assertTrue(root.get("counts").get("NOT_ATTEMPTED").asInt() >= 1, "phones not reached stay untouched:\n" + root);
        assertEquals(root, JSON.readTree(Files.readString(report)), "the report is written too");
        assertTrue(Files.readString(journal).contains(lab.phone(0).hostAndPort()), "the journal keeps the erase done");
    }

    @Test
    void fixWithoutYesAndWithoutATerminalIsRefusedAndTouchesNothing() throws Exception {
        startLab();
        CliRun r = audit(ENV, "--phones", csv(lab, USER), "--fix");

        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.transcript());
        assertTrue(r.err().contains("add --yes"), r.err());
        assertTrue(r.out().contains("Plan: erase the ITL on 4 phone(s)"), "the plan is shown first:\n" + r.out());
        for (SimulatedPhone p : lab.phones()) {
            assertEquals(0, p.rebootCount(), p + " was touched");
        }
    }

    @Test
    void anUnusableClusterItlIsAnInputErrorNamingIt() throws Exception {
        Path phones = dir.resolve("none.csv");
        Files.writeString(phones, "address,model,name,group,user\n127.0.121.250:80,8845,SEP1,lab,u\n");
        Path missing = dir.resolve("no-such-ITLFile.tlv");
        CliRun r = CliRun.with(ENV, "audit", "--cluster-itl", missing.toString(), "--phones", phones.toString());
        runs.add(r);
        assertEquals(ExitCodes.INPUT_ERROR, r.exit(), r.transcript());
        assertTrue(r.err().contains("no-such-ITLFile.tlv"), r.err());
        assertEquals("", r.out());

        Path garbage = dir.resolve("garbage.tlv");
        Files.writeString(garbage, "not a trust list");
        CliRun g = CliRun.with(ENV, "audit", "--cluster-itl", cluster.publisher().itlHttpUrl(), garbage.toString(),
                "--phones", phones.toString());
        runs.add(g);
        assertEquals(ExitCodes.INPUT_ERROR, g.exit(), g.transcript());
        assertTrue(g.err().contains("garbage.tlv"), g.err());
    }

    @Test
    void unusablePhoneSourcesAreInputErrors() throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "address,model,name,group,user\nnot an address!,8845,x,y,z\n");
        CliRun csv = audit(ENV, "--phones", broken);
        assertEquals(ExitCodes.INPUT_ERROR, csv.exit(), csv.transcript());
        assertTrue(csv.err().contains("broken.csv"), csv.err());

        CliRun absent = audit(ENV, "--phones", dir.resolve("absent.csv"));
        assertEquals(ExitCodes.INPUT_ERROR, absent.exit(), absent.transcript());
        assertTrue(absent.err().contains("absent.csv: no such file"), absent.err());

        CliRun range = audit(ENV, "--range", "10.0.0.300-10.0.0.5", "--user", USER);
        assertEquals(ExitCodes.INPUT_ERROR, range.exit(), range.transcript());
        assertTrue(range.err().contains("--range") && range.err().contains("10.0.0.300"), range.err());

        CliRun nothing = audit(ENV, "--range", "127.0.121.240-127.0.121.242", "--port", freePort(), "--user", USER,
                "--scan-rate", 100);
        assertEquals(ExitCodes.INPUT_ERROR, nothing.exit(), nothing.transcript());
        assertTrue(nothing.err().contains("no phone answered"), nothing.err());
    }

    @Test
    void usageErrors() throws Exception {
        Path phones = dir.resolve("p.csv");
        Files.writeString(phones, "address,model,name,group,user\n127.0.121.250:80,8845,SEP1,lab,\n");
        Object[][] cases = {
            {},                                                         // no phone source
            {"--phones", phones, "--range", "10.0.0.1-5"},              // two
            {"--phones", phones, "--user", USER, "--yes"},              // --yes without --fix
            {"--phones", phones, "--user", USER, "--concurrency", 0},
            {"--phones", phones, "--user", USER, "--port", 80},         // the CSV has the ports
            {"--range", "10.0.0.1-5"},                                  // scanned phones need --user
            {"--axl", "cucm-pub", "--user", USER},                      // --axl needs --axl-user
            {"--axl", "cucm-pub", "--axl-user", AXL_USER, "--user", USER, "--axl-trust-any", "--axl-fingerprint", "AB"},
            {"--axl", "cucm-pub", "--axl-user", AXL_USER, "--user", USER, "--ris-backoff", "90-30"},
            {"--phones", phones},                                       // a phone without user, no --user
        };
        for (Object[] c : cases) {
            CliRun r = audit(ENV, c);
            assertEquals(ExitCodes.USAGE, r.exit(), List.of(c) + "\n" + r.transcript());
            assertTrue(r.err().contains("Usage: voicebench-cli audit"), r.err());
        }
        CliRun noPassword = audit(name -> null, "--phones", phones, "--user", USER);
        assertEquals(ExitCodes.USAGE, noPassword.exit(), noPassword.transcript());
        assertTrue(noPassword.err().contains("VOICEBENCH_PASSWORD"), noPassword.err());
    }

    @Test
    void rangeScanFindsThePhonesOnTheirPort() throws Exception {
        int port = freePort();
        startLab(port, PhoneConditions.NORMAL);
        CliRun r = audit(ENV, "--range", "127.0.121.1-127.0.121.7", "--port", port, "--user", USER, "--scan-rate", 100,
                "--json");
        assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
        JsonNode root = json(r);
        assertEquals(5, root.get("phoneCount").asInt(), r.transcript());
        assertEquals(4, root.get("counts").get("MISMATCH").asInt(), r.transcript());
        assertEquals(1, root.get("counts").get("MATCH").asInt(), r.transcript());
        assertTrue(r.err().contains("5 phone(s) found in 127.0.121.1-127.0.121.7"), r.err());
    }

    @Test
    void cucmDiscoveryPagesAxlBacksOffFromRisAndFixesTheFleet() throws Exception {
        int port = freePort();
        startLab(port, PhoneConditions.NORMAL);
        SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                .phones(lab, "Lab").rateLimitFirst(1));
        String axl = api.host() + ":" + api.port();

        // not trusted by the JDK: refused, with the fingerprint to pin
        CliRun refused = audit(ENV, "--axl", axl, "--axl-user", AXL_USER, "--user", USER, "--port", port);
        assertEquals(ExitCodes.INPUT_ERROR, refused.exit(), refused.transcript());
        String fingerprint = CucmTrust.fingerprint(api.certificate());
        assertTrue(refused.err().contains("--axl-fingerprint " + fingerprint), refused.err());

        // a wrong AXL password: CUCM refuses, input error
        CliRun wrong = audit(name -> name.equals("VOICEBENCH_AXL_PASSWORD") ? "wrong" : PASSWORD, "--axl", axl,
                "--axl-user", AXL_USER, "--axl-fingerprint", fingerprint, "--user", USER, "--port", port);
        assertEquals(ExitCodes.INPUT_ERROR, wrong.exit(), wrong.transcript());
        assertTrue(wrong.err().contains("refused the credentials"), wrong.err());

        int pagesBefore = api.axlPages().size();
        CliRun r = audit(ENV, "--axl", axl, "--axl-user", AXL_USER, "--axl-trust-any", "--axl-page-size", 2,
                "--ris-backoff", "0-0", "--port", port, "--user", USER, "--fix", "--yes", "--fast-sim", "--json");
        assertEquals(ExitCodes.OK, r.exit(), r.transcript());
        assertTrue(api.axlPages().size() - pagesBefore > 1, "several AXL pages: " + api.axlPages());
        assertEquals(1, api.rateLimitFaults(), "the one RIS rate-limit fault was waited out and retried");
        JsonNode root = json(r);
        assertEquals(5, root.get("phoneCount").asInt(), r.transcript());
        assertEquals(4, root.get("counts").get("FIXED").asInt(), r.transcript());
        assertEquals(1, root.get("counts").get("MATCH").asInt(), r.transcript());
        for (SimulatedPhone p : lab.phones()) {
            JsonNode row = phone(root, address(p));
            assertEquals(p.name(), row.get("name").asText(), "the device name from AXL");
        }
        assertNotNull(root.get("finished"));
    }
}
