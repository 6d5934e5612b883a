package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** The journal: one flushed line per phone; a killed run resumed touches no phone twice. */
class JournalTest {

    private static final int KEYS = 8;

    @TempDir
    Path dir;

    private static Macro browse(long delay) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step.Key("Applications"));
        for (int i = 1; i < KEYS; i++) {
            steps.add(new Step.Key(i % 2 == 1 ? "NavDwn" : "NavUp"));
        }
        return new Macro("browse", "", List.of(), Duration.ofMillis(delay), false, false, steps, List.of());
    }

    @Test
    void aKilledRunResumedTouchesNoPhoneTwice() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(12, "8841").start(); PhoneClient client = SimFixtures.client()) {
            Path macroFile = dir.resolve("browse.json");
            Files.writeString(macroFile, MacroJson.write(browse(150)));
            Path phonesFile = dir.resolve("phones.csv");
            List<PhoneEntry> phones = SimFixtures.entries(lab);
            Files.writeString(phonesFile, InventoryCsv.write(phones));
            Path journal = dir.resolve("run.journal");

            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PlayerProcess.class.getName(),
                    macroFile.toString(), phonesFile.toString(), journal.toString(), "3", SimFixtures.USER)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
            pb.environment().put("VOICEBENCH_PASSWORD", SimFixtures.PASSWORD); // as in the CLI
            Process p = pb.start();
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // kill just after a phone started (the last line is its start): it is surely still in progress
            while (!(results(journal) >= 4 && lastLineIsAStart(journal)) && System.nanoTime() < end && p.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the player ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));

            Journal.State killed = Journal.read(journal);
            Map<String, Integer> keysBefore = new HashMap<>();
            for (SimulatedPhone s : lab.phones()) {
                keysBefore.put(s.hostAndPort(), s.acceptedKeys());
            }
            int doneBefore = (int) killed.results().values().stream().filter(PhoneResult::done).count();
            assertTrue(doneBefore >= 4 && doneBefore < 12, "killed in the middle: " + doneBefore + " done");
            assertFalse(killed.interrupted().isEmpty(), "some phones were in progress when killed");

            MacroRun resumed = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(3))
                    .start(browse(20), phones, RunOptions.defaults().withJournal(journal, true));
            List<PhoneResult> results = resumed.await(Duration.ofSeconds(60));
            assertNotNull(results);

            for (int i = 0; i < phones.size(); i++) {
                String address = phones.get(i).address().toString();
                SimulatedPhone s = lab.phone(i);
                PhoneResult r = results.get(i);
                assertTrue(s.acceptedKeys() <= KEYS, address + " got keys twice: " + s.acceptedKeys());
                if (killed.results().containsKey(address)) {
                    assertEquals(Outcome.SUCCESS, r.outcome(), r.toString());
                    assertEquals(keysBefore.get(s.hostAndPort()), s.acceptedKeys(), address + " was touched again");
                } else if (killed.interrupted().contains(address)) {
                    assertEquals(Outcome.CANCELLED, r.outcome(), r.toString());
                    assertTrue(r.touched() && r.message().contains("not repeated"), r.toString());
                    assertEquals(keysBefore.get(s.hostAndPort()), s.acceptedKeys(), address + " was touched again");
                } else {
                    assertEquals(Outcome.SUCCESS, r.outcome(), r.toString());
                    assertEquals(0, (int) keysBefore.get(s.hostAndPort()));
                    assertEquals(KEYS, s.acceptedKeys());
                }
            }
            // one result line per phone over both runs
            Map<String, Integer> lines = new HashMap<>();
            for (String line : Files.readAllLines(journal)) {
                if (line.contains("\"event\":\"result\"")) {
                    String a = line.replaceAll(".*\"address\":\"([^\"]+)\".*", "$1");
                    lines.merge(a, 1, Integer::sum);
                }
            }
            assertEquals(12, lines.size(), lines.toString());
            assertTrue(lines.values().stream().allMatch(n -> n == 1), lines.toString());
        }
    }

    @Test
    void resumeSkipsFinishedPhonesAndRunsUntouchedCancelledOnes() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(4, "8841").start(); PhoneClient client = SimFixtures.client()) {
            Path journal = dir.resolve("j.journal");
            List<PhoneEntry> phones = SimFixtures.entries(lab);
            MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(1));
            MacroRun first = player.start(browse(20), phones.subList(0, 2), RunOptions.defaults().withJournal(journal, false));
            assertNotNull(first.await(Duration.ofSeconds(30)));
            // a second run into the same journal without resume is refused
            IOException e = assertThrows(IOException.class, () -> player.start(browse(20), phones,
                    RunOptions.defaults().withJournal(journal, false)));
            assertTrue(e.getMessage().contains("the journal exists"), e.getMessage());
            Macro other = Macro.of("other", List.of(new Step.Key("Settings")));
            e = assertThrows(IOException.class, () -> player.start(other, phones, RunOptions.defaults().withJournal(journal, true)));
            assertTrue(e.getMessage().contains("the journal is of macro browse, not other"), e.getMessage());

            List<PhoneResult> all = player.start(browse(20), phones, RunOptions.defaults().withJournal(journal, true))
                    .await(Duration.ofSeconds(30));
            assertNotNull(all);
            assertEquals(4, all.size());
            for (SimulatedPhone s : lab.phones()) {
                assertEquals(KEYS, s.acceptedKeys(), s + ": each phone once");
            }
        }
    }

    @Test
    void aLastLineCutShortByAKillIsSkippedWithAWarning() throws Exception {
        Path journal = dir.resolve("cut.journal");
        Files.writeString(journal, "{\"event\":\"run\",\"format\":\"voicebench-macro-journal/1\",\"macro\":\"m\",\"at\":\"x\"}\n"
                + "{\"event\":\"start\",\"address\":\"10.0.0.1:80\",\"at\":\"x\"}\n"
                + "{\"event\":\"result\",\"address\":\"10.0.0.1:80\",\"outcome\":\"SUCCESS\",\"step\":3}\n"
                + "{\"event\":\"start\",\"address\":\"10.0.0.2:80\",\"at\":\"x\"}\n"
                + "{\"event\":\"result\",\"address\":\"10.0.0.2:80\",\"outc");
        Journal.State s = Journal.read(journal);
        assertEquals("m", s.macro());
        assertTrue(s.done("10.0.0.1:80"));
        assertTrue(s.done("10.0.0.2:80"), "in progress when killed: not repeated");
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("line 5"), s.warnings().toString());

        Files.writeString(journal, "{\"event\":\"run\",\"format\":\"voicebench-macro-journal/1\",\"macro\":\"m\"}\nnot json\n{}\n");
        IOException e = assertThrows(IOException.class, () -> Journal.read(journal));
        assertEquals(journal + ", line 2: not a journal line: " + e.getMessage().substring(e.getMessage().indexOf("line: ") + 6),
                e.getMessage());
    }

    private static boolean lastLineIsAStart(Path journal) throws IOException {
        List<String> lines = Files.readAllLines(journal);
        return !lines.isEmpty() && lines.get(lines.size() - 1).contains("\"event\":\"start\"");
    }

    private static int results(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        int n = 0;
        for (String line : Files.readAllLines(journal)) {
            if (line.contains("\"event\":\"result\"")) {
                n++;
            }
        }
        return n;
    }
}
