package org.voicebench.trust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.ListChecks;

/**
 * Jazzer fuzz target for the parser and everything a parsed file offers.
 *
 * <p>In a normal {@code mvn test} Jazzer runs in regression mode: it replays the committed inputs
 * in {@code src/test/resources/org/voicebench/trust/TrustListFuzzTestInputs/parse/} (the
 * {@code seed-*} files are made by {@link FuzzSeedCorpusTest}; crash files Jazzer adds there become
 * regression cases) and finishes in seconds. To fuzz, for N minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -o -pl modules/trust-lab test -Dtest=TrustListFuzzTest \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=$((N*60))
 * </pre>
 *
 * (or {@code -Pfuzz -Dfuzz.seconds=$((N*60))}, the profile in this module's pom). Without the two
 * {@code jazzer.internal.arg} properties fuzzing stops after {@code maxDuration}. The corpus
 * Jazzer grows goes to {@code .cifuzz-corpus/} in the module folder (not committed).
 */
class TrustListFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) {
        TrustList list = ListChecks.readOrReject(input, "fuzz.tlv", Fixtures.NOW);
        if (list != null) {
            ListChecks.exercise(list, list.type() == FileType.SIGNED_FILE ? list : null);
        }
    }
}
