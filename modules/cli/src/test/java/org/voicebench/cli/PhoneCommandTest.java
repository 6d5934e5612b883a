package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.cli.FakePhoneServer.Reply;

/** {@code phone}: requests sent, exit codes 0/1/2, one-line typed errors, and the password kept out of every output. */
class PhoneCommandTest {

    private static final String USER = "labadmin";
    private static final String PASSWORD = "S3cret-Pa55!word";
    private static final String BASIC = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Environment WITH_PASSWORD = Map.of("VOICEBENCH_PASSWORD", PASSWORD)::get;
    private static final Environment EMPTY = name -> null;

    private static final String DEVICE = "<DeviceInformation><MACAddress>001122334455</MACAddress><HostName>SEP001122334455</HostName>"
            + "<phoneDN>1000</phoneDN><appLoadID>sip88xx.14-2-1</appLoadID><versionID>sip88xx.14-2-1-0001-14</versionID>"
            + "<modelNumber>CP-8845</modelNumber><serialNumber>FCH1234ABCD</serialNumber></DeviceInformation>";
    /** The 88xx Network setup page, in the lower-case cell layout, with a SHA-1 ITL signature. */
    private static final String NETWORK = "<html><table>"
            + "<tr><td><b>DHCP server</b></td> <td width=20></td><td><b>10.0.0.1</b></td></tr>"
            + "<tr><td><b>TFTP server 1</b></td> <td width=20></td><td><b>10.0.0.5</b></td></tr>"
            + "<tr><td><b>CTL file</b></td> <td width=20></td><td><b></b></td></tr>"
            + "<tr><td><b>ITL file</b></td> <td width=20></td><td><b>ITLFile.tlv</b></td></tr>"
            + "<tr><td><b>ITL signature</b></td> <td width=20></td>"
            + "<td><b>EE 5C 62 E0 5E 2B C6 82 2A 45 64 1E EB BA BF F2 47 6E 1D 93 </b></td></tr></table></html>";
    private static final String NETWORK_PATH = "/CGI/Java/Serviceability?adapter=device.statistics.configuration";
    private static final String MODE = "<CiscoIPPhoneModeInfo><PlaneTitle>Applications</PlaneTitle><PlaneFieldCount>2</PlaneFieldCount>"
            + "<Prompt></Prompt><Notify></Notify><Status></Status>"
            + "<CiscoIPPhoneFields><FieldType>0</FieldType><FieldAttr></FieldAttr><fieldHelpIndex>0</fieldHelpIndex>"
            + "<FieldName>Call history</FieldName><FieldValue></FieldValue></CiscoIPPhoneFields>"
            + "<CiscoIPPhoneFields><FieldType>0</FieldType><FieldAttr></FieldAttr><fieldHelpIndex>0</fieldHelpIndex>"
            + "<FieldName>Admin settings</FieldName><FieldValue>Locked</FieldValue></CiscoIPPhoneFields>"
            + "</CiscoIPPhoneModeInfo>";

    @TempDir
    Path dir;

    private FakePhoneServer phone;
    /** Every run of a test, to check none printed the password. */
    private final List<CliRun> runs = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        phone = new FakePhoneServer();
    }

    @AfterEach
    void stopAndCheckNoSecretWasPrinted() {
        phone.close();
        for (CliRun r : runs) {
            assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "password printed:\n" + r.transcript());
            assertFalse(r.out().contains(BASIC) || r.err().contains(BASIC), "Authorization value printed:\n" + r.transcript());
        }
    }

    private CliRun run(Environment env, String... args) {
        CliRun r = CliRun.with(env, args);
        runs.add(r);
        return r;
    }

    private CliRun run(String... args) {
        return run(WITH_PASSWORD, args);
    }

    @Test
    void pressSendsOneExecutePerKeyInOrderWithBasicAuth() {
        CliRun r = run("phone", "press", phone.address(), "KeyPad4", "Soft2", "NavUp", "--user", USER, "--delay", "0");

        assertEquals(0, r.exit(), r.transcript());
        assertEquals(List.of("Key:KeyPad4", "Key:Soft2", "Key:NavUp"), phone.executed());
        for (FakePhoneServer.Request q : phone.requests) {
            assertEquals("POST", q.method());
            assertEquals("/CGI/Execute", q.path(), "keys every model has need no DeviceInformationX");
            assertEquals("Basic " + BASIC, q.authorization());
        }
        assertEquals(phone.address() + ": Key:KeyPad4: Success\n" + phone.address() + ": Key:Soft2: Success\n"
                + phone.address() + ": Key:NavUp: Success\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void pressResolvesAliasesWithTheModelGivenOrIdentified() {
        CliRun given = run("phone", "press", phone.address(), "Settings", "Hold", "--model", "8845", "--user", USER, "--delay", "0");
        assertEquals(0, given.exit(), given.transcript());
        assertEquals(List.of("Key:Applications", "Key:FixedFeature3"), phone.executed());

        phone.requests.clear();
        phone.reply("/DeviceInformationX", Reply.xml(DEVICE));
        CliRun identified = run("phone", "press", phone.address(), "Hold", "--user", USER);
        assertEquals(0, identified.exit(), identified.transcript());
        assertEquals("/DeviceInformationX", phone.requests.get(0).path());
        assertEquals(List.of("Key:FixedFeature3"), phone.executed());
    }

    @Test
    void pressChecksEveryKeyNameBeforeSendingTheFirst() {
        CliRun r = run("phone", "press", phone.address(), "KeyPad4", "Soft 2", "--user", USER, "--delay", "0");

        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli phone press: not a key name: 'Soft 2' (expected e.g. Settings, KeyPad4,"
                + " Soft2; for URIs use 'phone execute')"), r.err());
        assertEquals(List.of(), phone.requests, "not even the valid first key");
    }

    @Test
    void pressWithAModelWithoutProfileSendsTheKeysAsGivenAndSaysSo() {
        phone.reply("/DeviceInformationX", Reply.xml(DEVICE.replace("CP-8845", "CP-9999")));

        CliRun r = run("phone", "press", phone.address(), "Hold", "--user", USER);

        assertEquals(0, r.exit(), r.transcript());
        assertEquals(List.of("Key:Hold"), phone.executed(), "no alias without a profile");
        assertEquals(phone.address() + ": model 'CP-9999' has no profile; keys are sent as given\n", r.err());
        assertEquals(phone.address() + ": Key:Hold: Success\n", r.out());
    }

    @Test
    void pressThatCannotIdentifyTheModelSendsNoKeyAndSaysHowToSkipIt() {
        CliRun r = run("phone", "press", phone.address(), "Hold", "--user", USER); // no DeviceInformationX: 404

        assertEquals(1, r.exit(), r.transcript());
        assertEquals(List.of(), phone.executed());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(phone.address() + ": UNEXPECTED_RESPONSE: "), r.err());
        assertTrue(r.err().contains("(the model was needed to resolve key names; --model skips this request)"), r.err());
    }

    @Test
    void executeChecksEveryUriBeforeSendingTheFirst() {
        for (String bad : List.of("nonsense", ":Settings", "Dial:" + "1".repeat(4092), "Key:Soft\u00071")) {
            CliRun r = run("phone", "execute", phone.address(), "Dial:1000", bad, "--user", USER, "--delay", "0");

            assertEquals(2, r.exit(), r.transcript());
            assertTrue(r.err().startsWith("voicebench-cli phone execute: not an Execute URI: '" + bad
                    + "' (expected SCHEME:VALUE, e.g. Key:Settings or Dial:1000)"), r.err());
        }
        assertEquals(List.of(), phone.requests);
    }

    @Test
    void pressWaitsTheDelayBetweenKeys() {
        CliRun r = run("phone", "press", phone.address(), "KeyPad1", "KeyPad2", "--user", USER, "--delay", "300");

        assertEquals(0, r.exit(), r.transcript());
        long gapMillis = (phone.requests.get(1).nanos() - phone.requests.get(0).nanos()) / 1_000_000;
        assertTrue(gapMillis >= 300, "keys " + gapMillis + " ms apart");
    }

    @Test
    void executeRejectedIsExitOneWithThePhonesDataAndStops() {
        phone.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneResponse><ResponseItem Status=\"1\" Data=\"URI not found\" URL=\"Dial:1000\"/>"
                + "</CiscoIPPhoneResponse>"));

        CliRun r = run("phone", "execute", phone.address(), "Dial:1000", "Key:Soft1", "--user", USER, "--delay", "0");

        assertEquals(1, r.exit(), r.transcript());
        assertEquals(List.of("Dial:1000"), phone.executed(), "nothing is sent after a failure");
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(phone.address() + ": URI_REJECTED: "), r.err());
        assertTrue(r.err().contains("URI not found"), r.err());
    }

    @Test
    void executeSendsEachUriAsGiven() {
        CliRun r = run("phone", "execute", phone.address(), "Dial:1000", "Init:Services", "--user", USER, "--delay", "0");

        assertEquals(0, r.exit(), r.transcript());
        assertEquals(List.of("Dial:1000", "Init:Services"), phone.executed());
    }

    @Test
    void refusedCredentialsAreAuthFailed() {
        phone.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));

        CliRun r = run("phone", "press", phone.address(), "KeyPad4", "--user", USER);

        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.err().startsWith(phone.address() + ": AUTH_FAILED: "), r.err());
        assertTrue(r.err().contains("associated with the phone"), "says what to check: " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void connectionRefusedIsWebAccessDisabled() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String address = "127.0.0.1:" + port;

        CliRun r = run("phone", "info", address, "--timeout", "5");

        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.err().startsWith(address + ": WEB_ACCESS_DISABLED: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void screenshotConvertsBmpToPngForADotPngFileAndKeepsItOtherwise() throws IOException {
        BufferedImage img = new BufferedImage(320, 212, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(10, 10, 100, 20);
        g.dispose();
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, "bmp", bmp));
        phone.reply("/CGI/Screenshot", new Reply(200, "image/bmp", bmp.toByteArray()));

        Path png = dir.resolve("screen.png");
        CliRun r = run("phone", "screenshot", phone.address(), "-o", png.toString(), "--user", USER);

        assertEquals(0, r.exit(), r.transcript());
        assertEquals("Basic " + BASIC, phone.requests.get(0).authorization());
        byte[] written = Files.readAllBytes(png);
        assertEquals((byte) 0x89, written[0]);
        assertEquals("PNG", new String(written, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(written));
        assertNotNull(back, "a readable PNG");
        assertEquals(320, back.getWidth());
        assertEquals(212, back.getHeight());
        assertEquals(Color.WHITE.getRGB(), back.getRGB(50, 20));
        assertEquals(Color.BLACK.getRGB(), back.getRGB(200, 100));
        assertTrue(r.out().contains("saved " + png + " (PNG, 320x212, converted from BMP)"), r.out());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file left");
        }

        Path kept = dir.resolve("screen.bmp");
        CliRun raw = run("phone", "screenshot", phone.address(), "-o", kept.toString(), "--user", USER);
        assertEquals(0, raw.exit(), raw.transcript());
        assertArrayEquals(bmp.toByteArray(), Files.readAllBytes(kept), "the phone's bytes as sent");
    }

    @Test
    void screenshotThatIsAnErrorWritesNothing() {
        phone.reply("/CGI/Screenshot", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
        Path png = dir.resolve("screen.png");

        CliRun r = run("phone", "screenshot", phone.address(), "-o", png.toString(), "--user", USER);

        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.err().startsWith(phone.address() + ": AUTH_FAILED: "), r.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void infoJsonHasStableKeys() throws IOException {
        serveInformationPages();

        CliRun r = run(EMPTY, "phone", "info", phone.address(), "--json");

        assertEquals(0, r.exit(), r.transcript());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("address", "profile", "device", "network", "screen"), names(j));
        assertEquals(phone.address(), j.get("address").asText());
        assertEquals("8845", j.get("profile").asText());
        JsonNode device = j.get("device");
        assertEquals(List.of("macAddress", "hostName", "phoneDN", "appLoadID", "versionID", "modelNumber", "serialNumber", "fields"),
                names(device));
        assertEquals("001122334455", device.get("macAddress").asText());
        assertEquals("CP-8845", device.get("modelNumber").asText());
        assertEquals("FCH1234ABCD", device.get("fields").get("serialNumber").asText());
        JsonNode network = j.get("network");
        assertEquals(List.of("source", "tftpServer1", "note", "itl", "ctl", "trust", "fields"), names(network));
        assertEquals(NETWORK_PATH, network.get("source").asText());
        assertEquals("10.0.0.5", network.get("tftpServer1").asText());
        assertEquals(List.of("presence", "fileName", "hash", "algorithm", "shown"), names(network.get("itl")));
        assertEquals("INSTALLED", network.get("itl").get("presence").asText());
        assertEquals("ee5c62e05e2bc6822a45641eebbabff2476e1d93", network.get("itl").get("hash").asText());
        assertEquals("SHA1", network.get("itl").get("algorithm").asText());
        assertEquals("ITLFile.tlv", network.get("itl").get("fileName").asText());
        assertEquals("NOT_INSTALLED", network.get("ctl").get("presence").asText());
        assertTrue(network.get("trust").has("ITL signature"));
        assertFalse(network.get("trust").has("DHCP server"));
        assertEquals("10.0.0.1", network.get("fields").get("DHCP server").asText());
        JsonNode screen = j.get("screen");
        assertEquals(List.of("title", "prompt", "status", "lines", "values", "note"), names(screen));
        assertTrue(screen.get("title").isNull(), "no --user: the screen is not asked for");
        assertTrue(screen.get("note").asText().contains("--user"), screen.toString());
        for (FakePhoneServer.Request q : phone.requests) {
            assertEquals(null, q.authorization(), "the public pages are read without credentials");
            assertFalse(q.path().contains("ModeInfo"), "ModeInfo needs credentials: not asked without --user");
        }
    }

    @Test
    void infoReadsTheScreenWithCredentialsOnly() throws IOException {
        serveInformationPages();

        CliRun r = run(WITH_PASSWORD, "phone", "info", phone.address(), "--user", USER, "--json");

        assertEquals(0, r.exit(), r.transcript());
        JsonNode screen = new ObjectMapper().readTree(r.out()).get("screen");
        assertEquals("Applications", screen.get("title").asText());
        assertEquals("Admin settings", screen.get("lines").get(1).get("name").asText());
        assertTrue(screen.get("note").isNull());
        FakePhoneServer.Request modeInfo = phone.requests.stream().filter(q -> q.path().equals("/CGI/Java/ModeInfo"))
                .findFirst().orElseThrow();
        assertTrue(modeInfo.authorization() != null && modeInfo.authorization().startsWith("Basic "), "ModeInfo with credentials");
    }

    @Test
    void infoDoesNotFailWhenThePhoneRefusesItsScreenOrServesNoNetworkPage() {
        phone.reply("/DeviceInformationX", Reply.xml(DEVICE));
        phone.reply("/CGI/Java/ModeInfo", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));

        CliRun r = run(WITH_PASSWORD, "phone", "info", phone.address(), "--user", USER);

        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("the Network setup page was not read"), r.out());
        assertTrue(r.out().contains("not read: AUTH_FAILED"), r.out());
    }

    @Test
    void infoForPeople() {
        serveInformationPages();

        CliRun r = run(EMPTY, "phone", "info", phone.address());

        assertEquals(0, r.exit(), r.transcript());
        String out = r.out();
        assertTrue(out.startsWith("Phone " + phone.address() + "\n"), out);
        assertTrue(out.matches("(?s).*\\n  Model +CP-8845 \\(profile 8845\\)\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nTrust lists\\n  ITL +installed \\(ITLFile.tlv\\), SHA-1 ee5c62e05e2bc6822a45641eebbabff2476e1d93\\n"
                + "  CTL +not installed\\n  TFTP server 1 +10.0.0.5\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nScreen\\n  not read: .*--user\\n"), out);
    }

    @Test
    void usageErrorsAreExitTwoAndSendNothing() {
        String a = phone.address();
        String[][] cases = {
            {"phone"},
            {"phone", "frob", a},
            {"phone", "press"},
            {"phone", "press", a},
            {"phone", "press", a, "Key:Soft1"},
            {"phone", "press", "127.0.0.1:notaport", "Soft1"},
            {"phone", "press", a, "Soft1", "--model", "9999"},
            {"phone", "press", a, "Soft1", "--delay", "-5"},
            {"phone", "execute", a, "nonsense"},
            {"phone", "info", a, "--timeout", "0"},
            {"phone", "info", a, "--bogus"},
            {"phone", "screenshot", a},
            {"phone", "screenshot", a, "-o", dir.resolve("missing/screen.png").toString()},
        };
        for (String[] args : cases) {
            CliRun r = run(args);
            assertEquals(2, r.exit(), r.transcript());
            assertEquals("", r.out(), r.transcript());
            assertTrue(r.err().startsWith("voicebench-cli phone"), r.transcript());
            assertFalse(r.err().contains("\tat "), r.transcript());
        }
        assertEquals(List.of(), phone.requests, "no request for a wrong command line");
    }

    @Test
    void userWithoutPasswordNamesTheVariable() {
        CliRun r = run(EMPTY, "phone", "press", phone.address(), "Soft1", "--user", USER);

        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli phone press: --user labadmin needs the password in the environment variable"
                + " VOICEBENCH_PASSWORD"), r.err());
        assertEquals(List.of(), phone.requests);
    }

    @Test
    void helpListsThePhoneCommands() {
        CliRun r = run("phone", "--help");

        assertEquals(0, r.exit(), r.transcript());
        for (String c : List.of("info", "press", "execute", "screenshot", "VOICEBENCH_PASSWORD")) {
            assertTrue(r.out().contains(c), c + " in:\n" + r.out());
        }
        CliRun press = run("phone", "press", "--help");
        assertTrue(press.out().contains("--delay=MS") && press.out().contains("--user=USER") && press.out().contains("--model=MODEL"),
                press.out());
    }

    private void serveInformationPages() {
        phone.reply("/DeviceInformationX", Reply.xml(DEVICE));
        phone.reply(NETWORK_PATH, new Reply(200, "text/html", NETWORK.getBytes(StandardCharsets.ISO_8859_1)));
        phone.reply("/CGI/Java/ModeInfo", Reply.xml(MODE));
    }

    private static List<String> names(JsonNode o) {
        List<String> n = new ArrayList<>();
        o.fieldNames().forEachRemaining(n::add);
        return n;
    }
}
