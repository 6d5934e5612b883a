package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** Each outcome produced by the simulated condition that causes it on real phones. */
class OutcomesTest {

    /** The simulated 8845's security-settings reset by digits, at short delays: Applications, 6, 4, 5, guard, Soft3. */
    private static Macro reset8845(long delay) {
        return new Macro("reset-8845", "", List.of(), Duration.ofMillis(delay), true, true, List.of(
                new Step.Key("Applications"), new Step.Key("KeyPad6"), new Step.Key("KeyPad4"), new Step.Key("KeyPad5"),
                new Step.ExpectScreen(ScreenPart.TITLE, "^Security settings$"), new Step.Key("Soft3")), List.of());
    }

    private static Macro browse(long delay, int keys) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step.Key("Applications"));
        for (int i = 0; i < keys - 1; i++) {
            steps.add(new Step.Key(i % 2 == 0 ? "NavDwn" : "NavUp"));
        }
        return new Macro("browse", "", List.of(), Duration.ofMillis(delay), false, false, steps, List.of());
    }

    private static List<PhoneResult> run(PhoneLab lab, PhoneClient client, Macro macro, List<PhoneEntry> phones,
                                         PlayerSettings settings) throws Exception {
        MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), settings).start(macro, phones,
                RunOptions.defaults().withConfirmation());
        List<PhoneResult> r = run.await(Duration.ofSeconds(60));
        assertNotNull(r, "run did not end within 60 s");
        return r;
    }

    @Test
    void eachFaultEndsInItsOwnCategory() throws Exception {
        try (PhoneLab lab = SimFixtures.lab()
                .add(1, "8845")                                                           // 0 healthy
                .add(1, "8845", PhoneConditions.NORMAL.withAuthFailing(true))             // 1 user not associated
                .add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false))              // 2 web access off
                .add(1, "8845", PhoneConditions.NORMAL.withUiLatency(Duration.ofMillis(400))) // 3 drops fast keys
                .add(1, "8845", PhoneConditions.NORMAL.withBusy(true))                    // 4 in a call: keys discarded
                .start();
             PhoneClient client = SimFixtures.client()) {
            List<PhoneEntry> phones = new ArrayList<>(SimFixtures.entries(lab));
            phones.add(new PhoneEntry(PhoneAddress.parse("phone-that-does-not-exist.invalid"), "ghost", "lab", "8845", ""));
            List<PhoneResult> r = run(lab, client, reset8845(50), phones, SimFixtures.fast());

            assertEquals(Outcome.SUCCESS, r.get(0).outcome(), r.get(0).toString());
            assertEquals(6, r.get(0).step());
            assertFalse(lab.phone(0).hasItl());

            assertEquals(Outcome.AUTH_FAILED, r.get(1).outcome(), r.get(1).toString());
            assertEquals(1, r.get(1).step(), "the first key is refused");
            assertTrue(lab.phone(1).hasItl());

            assertEquals(Outcome.WEB_ACCESS_DISABLED, r.get(2).outcome(), r.get(2).toString());
            assertEquals(1, r.get(2).step(), "the first key's connection is refused");

            assertEquals(Outcome.SCREEN_MISMATCH, r.get(3).outcome(), r.get(3).toString());
            assertEquals(5, r.get(3).step(), "the guard stops it");
            assertEquals("Expect:title=^Security settings$", r.get(3).stepText());
            assertTrue(lab.phone(3).droppedKeys() > 0);
            assertTrue(lab.phone(3).hasItl(), "the destructive key was never sent");

            assertEquals(Outcome.SCREEN_MISMATCH, r.get(4).outcome(), r.get(4).toString());
            assertTrue(r.get(4).message().contains("title \"Connected\""), r.get(4).message());

            assertEquals(Outcome.UNREACHABLE, r.get(5).outcome(), r.get(5).toString());
        }
    }

    @Test
    void aRejectedUriAndAnUnsupportedModel() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(1, "7965").add(1, "8845").start(); PhoneClient client = SimFixtures.client()) {
            Macro bogus = Macro.of("bogus", List.of(new Step.Key("Settings"), new Step.Uri("Init:Nowhere"), new Step.Key("KeyPad4")))
                    .withDefaultDelay(Duration.ofMillis(20));
            List<PhoneResult> r = run(lab, client, bogus, SimFixtures.entries(lab).subList(0, 1), SimFixtures.fast());
            assertEquals(Outcome.KEY_REJECTED, r.get(0).outcome(), r.get(0).toString());
            assertEquals(2, r.get(0).step());
            assertTrue(r.get(0).message().contains("URI not found"), r.get(0).message());

            Macro only7965 = new Macro("only-7965", "", List.of("7965"), Duration.ofMillis(20), false, false,
                    List.of(new Step.Key("Settings")), List.of());
            r = run(lab, client, only7965, SimFixtures.entries(lab), SimFixtures.fast());
            assertEquals(Outcome.SUCCESS, r.get(0).outcome(), r.get(0).toString());
            assertEquals(Outcome.UNSUPPORTED_MODEL, r.get(1).outcome(), r.get(1).toString());
            assertEquals(0, lab.phone(1).acceptedKeys(), "no key sent to the 8845");
        }
    }

    @Test
    void theConnectionDroppingAfterTheFinalKeyIsASuccessfulRestart() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().eraseMessageTime(Duration.ofMillis(1)).rebootTime(Duration.ofSeconds(5))
                .add(1, "8845").start(); PhoneClient client = SimFixtures.client()) {
            List<Step> steps = new ArrayList<>(reset8845(50).steps());
            steps.add(new Step.Screenshot("after the reset")); // the phone is restarting by then
            Macro m = new Macro("reset-then-look", "", List.of(), Duration.ofMillis(300), true, true, steps, List.of());
            List<PhoneResult> r = run(lab, client, m, SimFixtures.entries(lab), SimFixtures.fast());
            assertEquals(Outcome.SUCCESS_REBOOTED, r.get(0).outcome(), r.get(0).toString());
            // the restart closes the connection of the final key itself (step 6) or refuses the screenshot (7)
            assertTrue(r.get(0).step() >= 6, r.get(0).toString());
            assertFalse(lab.phone(0).hasItl());
            assertTrue(r.get(0).outcome().succeeded());
        }
    }

    @Test
    void aPhoneRestartingInTheMiddleIsUnreachableAndNeverGetsTheDestructiveKey() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().rebootTime(Duration.ofSeconds(5)).add(1, "8845").start();
             PhoneClient client = SimFixtures.client()) {
            SimulatedPhone p = lab.phone(0);
            MacroRunListener rebootAfterStep2 = new MacroRunListener() {
                @Override
                public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
                    if (step == 2) {
                        p.reboot();
                    }
                }
            };
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast()).start(reset8845(100),
                    SimFixtures.entries(lab), RunOptions.defaults().withConfirmation().withListener(rebootAfterStep2));
            PhoneResult r = run.await(Duration.ofSeconds(30)).get(0);
            assertEquals(Outcome.UNREACHABLE, r.outcome(), r.toString());
            assertEquals(3, r.step());
            assertTrue(r.message().contains("not sent again"), "a key whose answer was lost is never repeated: " + r.message());
            assertTrue(p.hasItl());
        }
    }

    @Test
    void wrongPasswordAndASlowPhoneOverItsTimeLimit() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(1, "8845")
                .add(1, "8845", PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(150))).start();
             PhoneClient wrong = SimFixtures.client("not-the-password"); PhoneClient client = SimFixtures.client()) {
            List<PhoneResult> r = run(lab, wrong, browse(20, 3), SimFixtures.entries(lab).subList(0, 1), SimFixtures.fast());
            assertEquals(Outcome.AUTH_FAILED, r.get(0).outcome(), r.get(0).toString());

            r = run(lab, client, browse(20, 10), SimFixtures.entries(lab).subList(1, 2),
                    SimFixtures.fast().withPhoneTimeout(Duration.ofMillis(500)));
            assertEquals(Outcome.TIMEOUT, r.get(0).outcome(), r.get(0).toString());
            assertTrue(r.get(0).step() > 1 && r.get(0).step() < 10, r.get(0).toString());
        }
    }

    @Test
    void droppedReadsAreRetriedButADroppedKeyIsNeverSentTwice() throws Exception {
        try (PhoneLab lab = SimFixtures.lab()
                .add(1, "7841", PhoneConditions.NORMAL.withDropRate(0.3).withSeed(7))
                .add(1, "7841", PhoneConditions.NORMAL.withDropRate(0.3).withSeed(7))
                .add(1, "7841", PhoneConditions.NORMAL.withDropRate(1.0)).start();
             PhoneClient client = SimFixtures.client()) {
            List<Step> looks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                looks.add(new Step.Screenshot("look " + i));
            }
            PlayerSettings retrying = SimFixtures.fast().withRetries(6, Duration.ofMillis(20));
            List<PhoneResult> reads = run(lab, client, Macro.of("look", looks), SimFixtures.entries(lab).subList(0, 1), retrying);
            assertEquals(Outcome.SUCCESS, reads.get(0).outcome(), reads.get(0).toString());
            assertTrue(reads.get(0).retries() > 0, "some reads were dropped and asked again: " + reads.get(0));

            List<PhoneResult> keys = run(lab, client, browse(20, 12), SimFixtures.entries(lab).subList(1, 3), retrying);
            PhoneResult r = keys.get(0);
            assertEquals(Outcome.UNREACHABLE, r.outcome(), r.toString());
            assertEquals(0, r.retries(), "a key whose connection dropped is not sent again: it may have been pressed");
            assertTrue(r.message().contains("not sent again"), r.message());
            assertEquals(r.step() - 1, lab.phone(1).acceptedKeys(), "every key before the dropped one, once");
            assertEquals(Outcome.UNREACHABLE, keys.get(1).outcome(), keys.get(1).toString());
            assertEquals(1, keys.get(1).step());
        }
    }

    @Test
    void cancellingStopsPhonesInProgressAtTheNextStepAndNeverStartsTheOthers() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(4, "8811").start(); PhoneClient client = SimFixtures.client()) {
            CountDownLatch secondKey = new CountDownLatch(1);
            Set<String> pastSecondKey = ConcurrentHashMap.newKeySet();
            MacroRunListener l = new MacroRunListener() {
                @Override
                public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
                    if (step == 2) {
                        pastSecondKey.add(phone.name());
                        secondKey.countDown();
                    }
                }
            };
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(2))
                    .start(browse(200, 20), SimFixtures.entries(lab), RunOptions.defaults().withListener(l));
            assertTrue(secondKey.await(20, TimeUnit.SECONDS));
            run.cancel();
            List<PhoneResult> r = run.await(Duration.ofSeconds(10));
            assertNotNull(r, "cancelled run ends within a delay");
            for (int i = 0; i < 4; i++) {
                assertEquals(Outcome.CANCELLED, r.get(i).outcome(), r.get(i).toString());
            }
            // Either of the two phones in progress may have been the one past its second key when cancelled.
            for (PhoneResult inProgress : r.subList(0, 2)) {
                int atLeast = pastSecondKey.contains(inProgress.name()) ? 3 : 1;
                assertTrue(inProgress.touched() && inProgress.step() >= atLeast && inProgress.step() < 20, inProgress.toString());
            }
            assertTrue(r.subList(0, 2).stream().anyMatch(p -> p.step() > 2), "one phone was stopped after its second key: " + r);
            assertFalse(r.get(3).touched());
            assertEquals(0, r.get(3).step());
            assertEquals(0, lab.phone(3).acceptedKeys());
            assertTrue(lab.phone(0).acceptedKeys() < 20);
        }
    }

    @Test
    void concurrencyIsBoundedStepsStayInOrderAndThereIsNoThreadPerPhone() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(30, "8841").start(); PhoneClient client = SimFixtures.client()) {
            AtomicInteger inProgress = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            Set<String> playerThreads = ConcurrentHashMap.newKeySet();
            MacroRunListener l = new MacroRunListener() {
                @Override
                public void phoneStarted(PhoneEntry phone) {
                    peak.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
                    playerThreads.add(Thread.currentThread().getName());
                }

                @Override
                public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
                    playerThreads.add(Thread.currentThread().getName());
                }

                @Override
                public void phoneFinished(PhoneResult result, int finished, int total) {
                    inProgress.decrementAndGet();
                }
            };
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(5))
                    .start(browse(30, 6), SimFixtures.entries(lab), RunOptions.defaults().withListener(l));
            List<PhoneResult> r = run.await(Duration.ofSeconds(60));
            assertNotNull(r);
            assertTrue(r.stream().allMatch(x -> x.outcome() == Outcome.SUCCESS), r.toString());
            assertEquals(5, peak.get(), "at most 5 phones at once, and 5 reached");
            assertTrue(playerThreads.size() <= 5, "the player's threads: " + playerThreads);
            for (SimulatedPhone p : lab.phones()) {
                assertEquals(6, p.acceptedKeys(), p.toString());
                assertEquals("Applications", p.screen().title(), "the keys ran in order: menu open, cursor moved back");
            }
        }
    }

    @Test
    void waitingForAStableScreenAndKeepingScreenshots() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(1, "7965").start(); PhoneClient client = SimFixtures.client()) {
            Macro m = Macro.of("look", List.of(new Step.Key("Settings"), new Step.WaitScreenStable(5000),
                    new Step.Screenshot("settings"), new Step.ExpectScreen(ScreenPart.FIELD, "Security Configuration")))
                    .withDefaultDelay(Duration.ofMillis(20));
            PhoneResult r = run(lab, client, m, SimFixtures.entries(lab), SimFixtures.fast()).get(0);
            assertEquals(Outcome.SUCCESS, r.outcome(), r.toString());
            assertEquals(1, r.screenshots().size());
            assertEquals("BMP", r.screenshots().get(0).format());
            assertEquals(3, r.screenshots().get(0).step());
            assertEquals(lab.phone(0).screenshot().length, r.screenshots().get(0).bytes().length);

            Macro impatient = Macro.of("impatient", List.of(new Step.Key("Settings"), new Step.WaitScreenStable(10)))
                    .withDefaultDelay(Duration.ofMillis(20));
            r = run(lab, client, impatient, SimFixtures.entries(lab), SimFixtures.fast()).get(0);
            assertEquals(Outcome.TIMEOUT, r.outcome(), r.toString());
            assertEquals(2, r.step());
            assertTrue(r.message().contains("did not settle"), r.message());
        }
    }

    @Test
    void aDestructiveMacroNeedsConfirmation() throws Exception {
        try (PhoneClient client = SimFixtures.client()) {
            MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast());
            List<PhoneEntry> phones = List.of(PhoneEntry.of(PhoneAddress.parse("127.0.0.1:9")));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> player.start(MacroLibrary.builtIn("erase-itl").orElseThrow(), phones, RunOptions.defaults()));
            assertEquals("macro erase-itl is destructive: confirm running it on 1 phone(s) first", e.getMessage());
        }
    }
}
