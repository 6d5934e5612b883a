package org.voicebench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run the command line on the lab samples ({@link LabFiles}), written afresh for each test. */
abstract class LabSamplesTest {

    @TempDir
    Path dir;

    /** The sample CUCM 12+ ITL in {@link #dir}. */
    Path itl;

    @BeforeEach
    void writeSamples() throws IOException {
        itl = LabFiles.samples(dir).resolve(LabFiles.ITL);
    }
}
