package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;

/**
 * {@code sim}: a real lab started in-process, reached over loopback with the phone client, and
 * stopped by interruption or {@code --duration}. Each test uses its own 127.0.9x.y block and
 * free ports, so that parallel builds do not collide.
 */
class SimCommandTest {

    private static final String USER = "labadmin";
    private static final String PASSWORD = "L4b-Pa55!word";
    private static final Environment WITH_PASSWORD = Map.of("VOICEBENCH_PASSWORD", PASSWORD)::get;
    private static final Environment EMPTY = name -> null;
    /** A lab generates its cluster's keys before it listens: allow for a slow, busy machine. */
    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<RunningCli> running = new ArrayList<>();
    private final List<PhoneClient> clients = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        clients.forEach(PhoneClient::close);
        for (RunningCli r : running) {
            CliRun end = r.stop();
            assertFalse(end.out().contains(PASSWORD) || end.err().contains(PASSWORD), "password printed:\n" + end.transcript());
        }
    }

    private RunningCli start(Environment env, String... args) {
        RunningCli r = RunningCli.start(env, args);
        running.add(r);
        return r;
    }

    private PhoneClient client(CredentialsProvider credentials) {
        PhoneClientSettings s = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(3))
                .withResponseTimeout(Duration.ofSeconds(10));
        PhoneClient c = new PhoneClient(s, credentials);
        clients.add(c);
        return c;
    }

    private static CredentialsProvider as(String user, String password) {
        return CredentialsProvider.fixed(new PhoneCredentials(user, password.toCharArray()));
    }

    /** The inventory's rows once the header and {@code phones} lines are printed. */
    private static List<String[]> inventory(RunningCli sim, int phones) throws InterruptedException {
        String out = sim.awaitOut(o -> o.lines().count() >= phones + 1, STARTUP);
        return rows(out, phones);
    }

    private static List<String[]> rows(String csv, int phones) {
        List<String> lines = csv.lines().toList();
        assertEquals("address,model,name,mac", lines.get(0), csv);
        assertEquals(phones + 1, lines.size(), csv);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(4, cells.length, line);
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void printsTheInventoryWithModelsCyclingAndEveryPhoneAnswersUntilStopped() throws Exception {
        RunningCli sim = start(EMPTY, "sim", "--phones", "3", "--models", "7965,8845", "--first-ip", "127.0.91.1",
                "--port", "0", "--duration", "120");
        List<String[]> rows = inventory(sim, 3);

        assertEquals(List.of("CP-7965G", "CP-8845", "CP-7965G"), rows.stream().map(r -> r[1]).toList());
        assertEquals(3, new HashSet<>(rows.stream().map(r -> r[0]).toList()).size(), "distinct addresses");
        assertTrue(sim.err().contains("3 simulated phones") && sim.err().contains("no user"), sim.err());
        PhoneClient anonymous = client(CredentialsProvider.none());
        for (String[] row : rows) {
            assertTrue(row[0].startsWith("127."), "loopback: " + row[0]);
            assertEquals("SEP" + row[3], row[2]);
            DeviceInformation info = anonymous.phone(PhoneAddress.parse(row[0])).deviceInformation();
            assertEquals(row[1], info.modelNumber(), row[0]);
            assertEquals(row[3], info.macAddress(), row[0]);
        }
        // without --user the lab knows no user: any credentials get Error 4
        PhoneException e = assertThrows(PhoneException.class,
                () -> client(as(USER, PASSWORD)).phone(PhoneAddress.parse(rows.get(0)[0])).press("Settings"));
        assertEquals(PhoneFailure.AUTH_FAILED, e.failure());

        running.remove(sim);
        CliRun end = sim.stop();
        assertEquals(0, end.exit(), end.transcript());
        assertTrue(end.err().contains("3 phones stopped (interrupted)"), end.err());
        for (String[] row : rows) {
            PhoneAddress a = PhoneAddress.parse(row[0]);
            assertThrows(ConnectException.class, () -> connect(a), "closed after the stop: " + a);
        }
    }

    private static void connect(PhoneAddress a) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(a.host(), a.port()), 3000);
        }
    }

    @Test
    void userFromTheEnvironmentIsTheOneThePhonesAccept() throws Exception {
        RunningCli sim = start(WITH_PASSWORD, "sim", "--phones", "2", "--models", "8845,7841", "--first-ip", "127.0.92.1",
                "--port", "0", "--user", USER, "--duration", "120");
        List<String[]> rows = inventory(sim, 2);
        assertTrue(sim.err().contains("user " + USER), sim.err());

        for (String[] row : rows) {
            ExecuteResult r = client(as(USER, PASSWORD)).phone(PhoneAddress.parse(row[0])).execute("Key:Applications");
            assertEquals(0, r.status(), row[0] + ": " + r);
        }
        PhoneException wrong = assertThrows(PhoneException.class,
                () -> client(as(USER, PASSWORD + "x")).phone(PhoneAddress.parse(rows.get(0)[0])).execute("Key:Applications"));
        assertEquals(PhoneFailure.AUTH_FAILED, wrong.failure());
        PhoneException other = assertThrows(PhoneException.class,
                () -> client(as("someone", PASSWORD)).phone(PhoneAddress.parse(rows.get(1)[0])).screenshot());
        assertEquals(PhoneFailure.AUTH_FAILED, other.failure());
    }

    @Test
    void userWithoutThePasswordVariableIsAUsageError() {
        CliRun r = CliRun.with(EMPTY, "sim", "--phones", "1", "--first-ip", "127.0.93.1", "--port", "0", "--user", USER,
                "--duration", "1");

        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: --user " + USER + " needs the password in the environment variable "
                + "VOICEBENCH_PASSWORD"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void weblockFaultRefusesConnections() throws Exception {
        RunningCli sim = start(EMPTY, "sim", "--phones", "2", "--models", "7975", "--first-ip", "127.0.94.1", "--port", "0",
                "--faults", "weblock=1", "--duration", "120");
        List<String[]> rows = inventory(sim, 2);

        for (String[] row : rows) {
            PhoneException e = assertThrows(PhoneException.class,
                    () -> client(CredentialsProvider.none()).phone(PhoneAddress.parse(row[0])).deviceInformation());
            assertEquals(PhoneFailure.WEB_ACCESS_DISABLED, e.failure(), row[0] + ": " + e.getMessage());
        }
    }

    @Test
    void inventoryFileIsWrittenAndDurationStopsTheLab() throws Exception {
        Path file = dir.resolve("lab.csv");
        Files.writeString(file, "old content\n");

        CliRun r = CliRun.with(EMPTY, "sim", "--phones", "4", "--models", "7941, 8861", "--first-ip", "127.0.95.1",
                "--port", "0", "--inventory", file.toString(), "--duration", "1");

        assertEquals(0, r.exit(), r.transcript());
        List<String[]> rows = rows(Files.readString(file, StandardCharsets.UTF_8), 4);
        assertEquals(List.of("CP-7941G", "CP-8861", "CP-7941G", "CP-8861"), rows.stream().map(c -> c[1]).toList());
        List<String> out = r.out().lines().toList();
        assertEquals(1, out.size(), r.out());
        assertTrue(out.get(0).startsWith("voicebench-cli sim: 4 simulated phones") && out.get(0).endsWith("inventory in " + file),
                r.out());
        assertTrue(r.err().contains("4 phones stopped (duration)"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "192.168.1.10", "localhost", "127.0.96.0", "127.0.96.255", "127.300.0.1"})
    void firstIpOutsideLoopbackIsAUsageError(String address) {
        CliRun r = CliRun.with(EMPTY, "sim", "--phones", "1", "--first-ip", address, "--port", "0", "--duration", "1");

        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: --first-ip "), r.err());
        assertTrue(r.err().contains(address), r.err());
        assertEquals("", r.out());
    }

    @Test
    void otherWrongArgumentsAreUsageErrors() {
        assertUsage("--phones must be between 1 and", "sim", "--phones", "0");
        assertUsage("--models: no profile for phone model \"9999\"", "sim", "--phones", "1", "--models", "7965,9999");
        assertUsage("--faults: fault spec item 'bogus'", "sim", "--phones", "1", "--faults", "bogus");
        assertUsage("--port must be between 0 and 65535", "sim", "--phones", "1", "--port", "70000");
        assertUsage("--duration must be at least 1 second", "sim", "--phones", "1", "--duration", "0");
        assertUsage("give --phones N for a lab of simulated phones, or --replay FILE.zip", "sim");
    }

    private static void assertUsage(String message, String... args) {
        CliRun r = CliRun.with(EMPTY, args);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: ") && r.err().contains(message), r.transcript());
        assertTrue(r.err().contains("Usage: voicebench-cli sim"), r.err());
    }

    @Test
    void addressInUseIsOneLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            InetAddress first = InetAddress.getByName("127.0.97.1");
            try {
                taken.bind(new InetSocketAddress(first, 0));
            } catch (IOException e) {
                // no 127.x.y.z aliases here (macOS): the lab falls back to 127.0.0.1, so take a port there
                taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            }
            CliRun r = CliRun.with(EMPTY, "sim", "--phones", "1", "--first-ip", "127.0.97.1", "--port",
                    String.valueOf(taken.getLocalPort()), "--duration", "1");

            assertEquals(1, r.exit(), r.transcript());
            assertTrue(r.err().matches("voicebench-cli sim: cannot start the lab: [^\\n]+:" + taken.getLocalPort() + "[^\\n]*\\n"),
                    r.err());
            assertEquals("", r.out());
        }
    }
}
