package org.voicebench.trust.ui.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.FileType;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.TrustListLoader;

class SampleLibraryTest {

    @TempDir
    Path dir;

    @Test
    void samplesAreGeneratedOnceValidAndShowARegeneration() throws Exception {
        SampleLibrary lib = new SampleLibrary(dir.resolve("samples"));
        assertFalse(lib.complete());
        lib.ensure();
        assertTrue(lib.complete());
        for (String name : new String[] {SampleLibrary.ITL, SampleLibrary.ITL_PRE12, SampleLibrary.CTL, SampleLibrary.ITL_SEP,
            SampleLibrary.ITL_AFTER_REGENERATION}) {
            InspectedFile f = TrustListLoader.load(lib.file(name));
            assertEquals(SignatureStatus.VALID, f.signature().status(), name + ": " + f.signature().detail());
        }
        TrustList sgn = TrustLists.read(lib.file(SampleLibrary.SIGNED_CONFIG));
        assertEquals(FileType.SIGNED_FILE, sgn.type());
        assertEquals(SignatureStatus.VALID,
                SignatureVerifier.verifyAgainst(sgn, TrustLists.read(lib.file(SampleLibrary.ITL))).status());

        TrustListDiff d = TrustListDiff.compare(TrustLists.read(lib.file(SampleLibrary.ITL)),
                TrustLists.read(lib.file(SampleLibrary.ITL_AFTER_REGENERATION)));
        assertEquals(2, d.changed().size(), "CallManager as SAST and as TFTP");
        assertFalse(d.signerChanged(), "CUCM 12+ ITLs stay signed by ITLRecovery");

        Path itl = lib.file(SampleLibrary.ITL);
        byte[] first = Files.readAllBytes(itl);
        FileTime stamp = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(itl, stamp);
        lib.ensure();
        assertEquals(stamp, Files.getLastModifiedTime(itl), "complete samples are not written again");

        SampleLibrary again = new SampleLibrary(dir.resolve("again"));
        again.ensure();
        assertArrayEquals(first, Files.readAllBytes(again.file(SampleLibrary.ITL)), "a fixed seed gives the same bytes");
    }
}
