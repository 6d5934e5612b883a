package org.voicebench.trust.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.trust.ui.TrustListLoader;

class OpenFailuresTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedFileNamesFileOffsetAndProblem() throws IOException {
        byte[] itl = Fixtures.itlBytes();
        Path cut = Fixtures.write(dir, "cut.tlv", java.util.Arrays.copyOf(itl, itl.length - 100));
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustListLoader.load(cut));
        String message = OpenFailures.describe(cut, e);
        assertTrue(message.startsWith(cut.toString() + " is not a valid trust list: "), message);
        assertTrue(message.contains(e.problem()), message);
        assertTrue(message.contains("at offset " + e.offset()), message);
        assertTrue(!message.contains("Exception"), "no exception names: " + message);
    }

    @Test
    void offsetsAreNotFormattedWithGroupingSeparators() {
        Path f = dir.resolve("big.tlv");
        String m = OpenFailures.describe(f, new TrustListFormatException(f.toString(), 65_536, 9, "length runs past the file"));
        assertEquals(f + " is not a valid trust list: length runs past the file at offset 65536 (tag 9).", m);
    }

    @Test
    void missingFileAndFolder() throws IOException {
        Path missing = dir.resolve("missing.tlv");
        IOException e = assertThrows(IOException.class, () -> TrustListLoader.load(missing));
        assertEquals("Cannot open " + missing + ": the file does not exist.", OpenFailures.describe(missing, e));
        Path folder = Files.createDirectory(dir.resolve("folder.tlv"));
        IOException f = assertThrows(IOException.class, () -> TrustListLoader.load(folder));
        assertEquals("Cannot open " + folder + ": it is a folder, not a file.", OpenFailures.describe(folder, f));
    }
}
