package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** {@code macro run} and {@code macro list} against simulated phones: exit codes 0/1/2/64, report, journal, no secret printed. */
class MacroCommandTest {

    private static final String USER = "labadmin";
    private static final String PASSWORD = "Macro-S3cret!";
    private static final Environment WITH_PASSWORD = Map.of("VOICEBENCH_PASSWORD", PASSWORD)::get;
    private static final Environment NO_PASSWORD = name -> null;
    private static final byte[] ITL = "itl".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private final List<CliRun> runs = new ArrayList<>();
    private PhoneLab lab;

    @AfterEach
    void stop() {
        if (lab != null) {
            lab.close();
        }
        for (CliRun r : runs) {
            assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "password printed:\n" + r.transcript());
        }
    }

    private CliRun run(Environment env, String... args) {
        CliRun r = CliRun.with(env, args);
        runs.add(r);
        return r;
    }

    private PhoneLab.Builder labBuilder() {
        return PhoneLab.builder().user(USER, PASSWORD).trustFiles(ITL, ITL)
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofSeconds(20));
    }

    private Path phones(PhoneLab l, String user) throws Exception {
        List<PhoneEntry> e = l.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "lab",
                p.modelNumber(), user)).toList();
        Path f = dir.resolve("phones.csv");
        Files.writeString(f, InventoryCsv.write(e));
        return f;
    }

    /** Applications (Settings on 79xx), then NavDwn, NavUp: harmless, 20 ms apart. */
    private Path browseMacro() throws Exception {
        Macro m = Macro.of("browse", List.of(new Step.Key("Applications"), new Step.Key("NavDwn"), new Step.Key("NavUp")))
                .withDefaultDelay(Duration.ofMillis(20));
        Path f = dir.resolve("browse.json");
        Files.writeString(f, MacroJson.write(m));
        return f;
    }

    @Test
    void listShowsTheBuiltInsAndPrintsOneAsAFile() throws Exception {
        CliRun r = run(NO_PASSWORD, "macro", "list");
        assertEquals(0, r.exit(), r.transcript());
        for (String name : List.of("erase-itl", "erase-ctl", "reset-security")) {
            assertTrue(r.out().contains(name + "  [destructive, restarts the phone]"), r.transcript());
        }
        assertTrue(r.out().contains("erase-itl  [destructive, restarts the phone]\n    for: CP69XX, CP78XX, CP7911, CP797X, CP79X1, CP79X5, CP883X, CP88X5, CP88XX\n"),
                r.out());
        r = run(NO_PASSWORD, "macro", "list", "--json", "erase-ctl");
        assertEquals(0, r.exit(), r.transcript());
        assertEquals("erase-ctl", MacroJson.read(r.out().getBytes(StandardCharsets.UTF_8), "stdout").name());
        r = run(NO_PASSWORD, "macro", "list", "--json", "erase-everything");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("no built-in macro 'erase-everything'; built-ins: erase-itl, erase-ctl, reset-security, restart"), r.err());
    }

    @Test
    void aMacroFileOnThreePhonesSucceedsWithAReport() throws Exception {
        lab = labBuilder().add(1, "8845").add(1, "7841").add(1, "7965").start();
        Path report = dir.resolve("out.json");
        CliRun r = run(WITH_PASSWORD, "macro", "run", browseMacro().toString(), "--phones", phones(lab, "").toString(),
                "--user", USER, "--report", report.toString());
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("3 phone(s): 3 SUCCESS"), r.out());
        assertTrue(r.err().contains("[3/3] "), r.err());
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals("voicebench-macro-run/1", json.get("format").asText());
        assertEquals(3, json.get("counts").get("SUCCESS").asInt());
        for (SimulatedPhone p : lab.phones()) {
            assertEquals(3, p.acceptedKeys(), p.toString());
        }
    }

    @Test
    void anyFailedPhoneExitsOneAndTheCsvReportSaysWhy() throws Exception {
        lab = labBuilder().add(1, "8845").add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false))
                .add(1, "8845", PhoneConditions.NORMAL.withAuthFailing(true)).start();
        Path report = dir.resolve("out.csv");
        CliRun r = run(WITH_PASSWORD, "macro", "run", browseMacro().toString(), "--phones", phones(lab, USER).toString(),
                "--report", report.toString(), "--concurrency", "2");
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("3 phone(s): 1 SUCCESS, 1 AUTH_FAILED, 1 WEB_ACCESS_DISABLED"), r.out());
        List<String> lines = Files.readAllLines(report);
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).contains(",WEB_ACCESS_DISABLED,1,Key:Applications,"), lines.get(2));
    }

    @Test
    void aDestructiveBuiltInNeedsYesThenErasesTheItlOfEachModel() throws Exception {
        lab = labBuilder().add(1, "7965").add(1, "8851").start();
        Path phones = phones(lab, USER);
        CliRun refused = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString());
        assertEquals(64, refused.exit(), refused.transcript());
        assertTrue(refused.err().contains("macro erase-itl is destructive: add --yes to run it on 2 phone(s)"), refused.err());
        assertEquals(0, lab.phone(0).acceptedKeys() + lab.phone(1).acceptedKeys(), "nothing sent without --yes");

        CliRun r = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--yes");
        assertEquals(0, r.exit(), r.transcript());
        assertFalse(lab.phone(0).hasItl());
        assertFalse(lab.phone(1).hasItl());
    }

    @Test
    void thePhoneLabsInventoryIsAPhoneList() throws Exception {
        lab = labBuilder().add(1, "8845").start();
        Path inventory = Files.writeString(dir.resolve("lab.csv"), lab.inventoryCsv()); // what sim --inventory writes
        CliRun r = run(WITH_PASSWORD, "macro", "run", browseMacro().toString(), "--phones", inventory.toString(),
                "--user", USER);
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(lab.phone(0).acceptedKeys() >= 3, "the macro's keys reached the phone");
    }

    @Test
    void groupSelectsThePhonesOfOneGroup() throws Exception {
        lab = labBuilder().add(3, "8841").start();
        Path phones = dir.resolve("groups.csv");
        Files.writeString(phones, "address,group,user\n" + lab.phone(0).hostAndPort() + ",hq," + USER + "\n"
                + lab.phone(1).hostAndPort() + ",branch," + USER + "\n" + lab.phone(2).hostAndPort() + ",hq," + USER + "\n");
        CliRun r = run(WITH_PASSWORD, "macro", "run", browseMacro().toString(), "--phones", phones.toString(), "--group", "hq");
        assertEquals(0, r.exit(), r.transcript());
        assertEquals(List.of(3, 0, 3), lab.phones().stream().map(SimulatedPhone::acceptedKeys).toList());
        r = run(WITH_PASSWORD, "macro", "run", browseMacro().toString(), "--phones", phones.toString(), "--group", "lab");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("lists no phone in group 'lab'"), r.err());
    }

    @Test
    void aDryRunShowsEachPhonesStepsAndSendsNothing() throws Exception {
        lab = labBuilder().add(1, "8851").add(1, "7941").start();
        Path phones = dir.resolve("p.csv");
        Files.writeString(phones, "address,model,name\n" + lab.phone(0).hostAndPort() + ",CP-8851,desk\n"
                + lab.phone(1).hostAndPort() + ",,lobby\n");
        CliRun r = run(NO_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--dry-run");
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("desk (8851): 7 steps, at least 5.0 s (items found by their labels, each screen checked;"
                + " menu path field-tested): Init:Applications | Key:Applications | Expect:title=(?i)^applications$"
                + " | Open:Admin settings | Open:Reset settings | Open:Security settings | Key:Soft3"), r.out());
        assertTrue(r.out().contains("lobby: model not listed; the steps depend on the model the phone reports when run"), r.out());
        assertEquals(0, lab.phone(0).acceptedKeys() + lab.phone(1).acceptedKeys());
    }

    @Test
    void aJournalledRunResumesWithoutTouchingFinishedPhones() throws Exception {
        lab = labBuilder().add(3, "8841").start();
        Path macro = browseMacro();
        Path journal = dir.resolve("run.journal");
        Path two = dir.resolve("two.csv");
        List<PhoneEntry> all = lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), "", "", "", USER)).toList();
        Files.writeString(two, InventoryCsv.write(all.subList(0, 2)));
        CliRun first = run(WITH_PASSWORD, "macro", "run", macro.toString(), "--phones", two.toString(), "--journal", journal.toString());
        assertEquals(0, first.exit(), first.transcript());

        Path three = dir.resolve("three.csv");
        Files.writeString(three, InventoryCsv.write(all));
        CliRun again = run(WITH_PASSWORD, "macro", "run", macro.toString(), "--phones", three.toString(), "--journal", journal.toString());
        assertEquals(2, again.exit(), again.transcript());
        assertTrue(again.err().contains("the journal exists; resume that run, or give another journal file"), again.err());

        CliRun resumed = run(WITH_PASSWORD, "macro", "run", macro.toString(), "--phones", three.toString(), "--journal",
                journal.toString(), "--resume");
        assertEquals(0, resumed.exit(), resumed.transcript());
        assertTrue(resumed.out().contains("3 phone(s): 3 SUCCESS"), resumed.out());
        for (SimulatedPhone p : lab.phones()) {
            assertEquals(3, p.acceptedKeys(), p + ": once each");
        }
    }

    @Test
    void inputErrorsExitTwoNamingTheFileAndWhatIsWrong() throws Exception {
        Path phones = dir.resolve("p.csv");
        Files.writeString(phones, "address,model\n127.0.0.1:9,8845\n");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"voicebench-macro/1\", \"name\": \"b\", \"steps\": [{\"key\": \"Settings\"}, {\"pause\": -5}]}");
        CliRun r = run(WITH_PASSWORD, "macro", "run", bad.toString(), "--phones", phones.toString(), "--user", USER);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains(bad + ": step 2: \"pause\": a pause must be 0..600000 ms, not -5"), r.err());

        r = run(WITH_PASSWORD, "macro", "run", "erase-all", "--phones", phones.toString(), "--user", USER);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("'erase-all' is neither a macro file nor a built-in macro; built-ins: erase-itl"), r.err());

        r = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", dir.resolve("none.csv").toString(), "--user", USER, "--yes");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("none.csv: no such file"), r.err());

        Path withPassword = dir.resolve("pw.csv");
        Files.writeString(withPassword, "address,password\n127.0.0.1:9,x\n");
        r = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", withPassword.toString(), "--user", USER, "--yes");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("pw.csv, line 1: column \"password\""), r.err());

        r = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--user", USER, "--yes",
                "--journal", dir.resolve("missing.journal").toString(), "--resume");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("missing.journal: no such journal to resume"), r.err());
    }

    @Test
    void usageErrorsExitSixtyFour() throws Exception {
        Path phones = dir.resolve("p.csv");
        Files.writeString(phones, "address,model\n127.0.0.1:9,8845\n");
        CliRun r = run(NO_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--user", USER, "--yes");
        assertEquals(64, r.exit(), r.transcript());
        assertTrue(r.err().contains("needs the password in the environment variable VOICEBENCH_PASSWORD"), r.err());
        r = run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--yes");
        assertEquals(64, r.exit(), r.transcript());
        assertTrue(r.err().contains("phone 127.0.0.1:9 has no user in " + phones + ": give --user"), r.err());
        assertEquals(64, run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--user", USER,
                "--concurrency", "0").exit());
        assertEquals(64, run(WITH_PASSWORD, "macro", "run", "erase-itl", "--phones", phones.toString(), "--user", USER,
                "--resume").exit());
        assertEquals(64, run(WITH_PASSWORD, "macro", "run", "erase-itl").exit());
        assertEquals(64, run(WITH_PASSWORD, "macro").exit());
        assertEquals(64, run(WITH_PASSWORD, "macro", "frobnicate").exit());
    }
}
