package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.ListChecks;
import org.voicebench.trust.testkit.Mutator;
import org.voicebench.trust.testkit.TestPaths;

/**
 * A seeded mutation fuzz of the fixtures, part of every build: each mutant parses or fails with
 * {@link TrustListFormatException}. Parsing and the cheap structural invariants run on every
 * mutant; the expensive lazy parts (certificate decoding, RSA, JSON, rewriting) on every
 * {@value #DEEP_EVERY}th mutant that parses, which bounds the run time. A failing mutant is
 * written to {@code target/fuzz-failures/}; the seed and iteration reproduce it.
 */
class MutationFuzzTest {

    static final long SEED = 0x5EED_2026L;
    static final int INPUTS = 100_000;
    static final int DEEP_EVERY = 10;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS) // a hang is a failure, not a stuck build
    void hundredThousandMutantsParseOrFailTyped() throws IOException {
        List<Mutator.Target> corpus = new ArrayList<>();
        for (String name : Fixtures.goldenNames()) {
            corpus.add(Mutator.Target.of(TrustLists.read(Fixtures.golden(name), name, Fixtures.NOW)));
        }
        for (byte[] seed : Fixtures.seeds().values()) {
            corpus.add(Mutator.Target.of(TrustLists.read(seed, "seed", Fixtures.NOW)));
        }
        TrustList trust = TrustLists.read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "ITLFile.tlv", Fixtures.NOW);
        Mutator mutator = new Mutator(corpus, SEED);
        int parsed = 0;
        int deep = 0;
        int rejectedInRecords = 0;
        Set<String> problemKinds = new HashSet<>();
        long start = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutator.next();
            String source = "mutant-" + i + ".tlv";
            try {
                TrustList list;
                try {
                    list = TrustLists.read(input, source, Fixtures.NOW);
                } catch (TrustListFormatException e) {
                    ListChecks.checkRejection(e, source, input.length);
                    problemKinds.add(e.problem().replaceAll("[0-9]+", "N"));
                    if (e.problem().startsWith("record")) {
                        rejectedInRecords++;
                    }
                    continue;
                }
                parsed++;
                ListChecks.checkStructure(list);
                list.elementAt(input.length / 2);
                if (parsed % DEEP_EVERY == 0) {
                    deep++;
                    ListChecks.exercise(list, list.type() == FileType.SIGNED_FILE ? trust : null);
                }
            } catch (RuntimeException | Error e) {
                Path saved = LabCluster.writeAtomically(TestPaths.target().resolve("fuzz-failures").resolve(source), input);
                throw new AssertionError("mutant " + i + " (seed " + Long.toHexString(SEED) + ", saved as " + saved
                        + ") broke the parser or the model: " + e, e);
            }
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("mutation fuzz: %d inputs in %d ms, %d parsed (%d deep-checked), %d rejected (%d in records),"
                + " %d kinds of rejection%n", INPUTS, ms, parsed, deep, INPUTS - parsed, rejectedInRecords, problemKinds.size());
        // The fuzz must reach both outcomes and go past the header, or it tests little.
        assertTrue(parsed > INPUTS / 20, "at least 5% of mutants parse: " + parsed);
        assertTrue(INPUTS - parsed > INPUTS / 3, "at least a third are rejected: " + (INPUTS - parsed));
        assertTrue(rejectedInRecords > INPUTS / 20, "mutants reach the records: " + rejectedInRecords);
        assertTrue(problemKinds.size() >= 20, "many different rejections: " + problemKinds);
    }
}
