package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.TrustLists;

class CheckAgainstClusterActionTest {

    @TempDir
    Path dir;

    @Test
    void theInspectedListsFileBecomesThePhonesTrustList() throws Exception {
        Path itl = LabFiles.write(dir).phoneItl().toAbsolutePath();
        // the inspector reads by path (TrustListLoader), so the list's source is that path
        assertEquals(itl, CheckAgainstClusterAction.phoneFile(TrustLists.read(itl)));
    }
}
