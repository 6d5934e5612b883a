package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.ListChecks;

/**
 * Every prefix of every fixture (a file cut short by a failed TFTP transfer, a full disk...)
 * either parses or fails with {@link TrustListFormatException}: never an index, allocation or
 * other unchecked exception. Prefixes that do parse keep every invariant of {@link ListChecks}.
 */
class PrefixRobustnessTest {

    static Stream<String> fixtures() {
        return Fixtures.goldenNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPrefixParsesOrFailsTyped(String name) throws TrustListFormatException {
        byte[] trust = Fixtures.trustFor(name);
        checkEveryPrefix(Fixtures.golden(name), Fixtures.fileNameOf(name),
                trust == null ? null : TrustLists.read(trust, "ITLFile.tlv", Fixtures.NOW), true);
    }

    /** Runs every prefix {@code [0, n)} for n = 0..length; {@code wholeParses}: the whole file must parse. */
    static void checkEveryPrefix(byte[] bytes, String source, TrustList trust, boolean wholeParses) {
        int parsed = 0;
        for (int n = 0; n <= bytes.length; n++) {
            byte[] prefix = Arrays.copyOf(bytes, n);
            TrustList list;
            try {
                list = ListChecks.readOrReject(prefix, source, Fixtures.NOW);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(source + ": the " + n + "-byte prefix threw " + e, e);
            }
            if (list != null) {
                parsed++;
                try {
                    ListChecks.exercise(list, trust);
                } catch (RuntimeException e) {
                    throw new AssertionError(source + ": the parsed " + n + "-byte prefix broke the model: " + e, e);
                }
            }
        }
        if (wholeParses) {
            assertNotNull(ListChecks.readOrReject(bytes, source, Fixtures.NOW), source + " parses whole");
            assertTrue(parsed >= 1);
        }
    }
}
