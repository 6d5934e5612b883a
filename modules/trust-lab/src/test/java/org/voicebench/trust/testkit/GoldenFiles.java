package org.voicebench.trust.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.voicebench.trust.lab.LabCluster;

/**
 * Expected outputs committed under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} (e.g. {@code mvn -o -pl modules/trust-lab test -Dgolden.update=true})
 * to rewrite them from the current code, then review the change with {@code git diff} before
 * committing: a golden diff is a behaviour change.
 */
public final class GoldenFiles {

    /** The system property that switches from comparing to rewriting. */
    public static final String UPDATE_PROPERTY = "golden.update";

    private GoldenFiles() {
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Compares {@code actual} text with {@code golden/<file>}, or rewrites it when updating. */
    public static void assertText(String file, String actual) throws IOException {
        Path expectedFile = TestPaths.testResources().resolve("golden").resolve(file);
        String normalized = actual.replace("\r\n", "\n");
        if (updating()) {
            LabCluster.writeAtomically(expectedFile, normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if (!Files.isRegularFile(expectedFile)) {
            fail("no golden file " + expectedFile + "; run the tests once with -D" + UPDATE_PROPERTY
                    + "=true to create it, then review and commit it");
        }
        String expected = Files.readString(expectedFile).replace("\r\n", "\n");
        if (!expected.equals(normalized)) {
            Path actualFile = TestPaths.target().resolve("golden-actual").resolve(file);
            LabCluster.writeAtomically(actualFile, normalized.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(expected, normalized, "output differs from " + expectedFile + " (actual output written to "
                    + actualFile + "; if the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true)");
        }
    }
}
