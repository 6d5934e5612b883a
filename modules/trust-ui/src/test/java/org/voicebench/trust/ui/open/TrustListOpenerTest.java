package org.voicebench.trust.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.trust.InspectedFile;
import org.voicebench.testsupport.MemoryPreferences;

class TrustListOpenerTest {

    @TempDir
    Path dir;

    /** Records what the opener shows, and on which thread. */
    static final class Recorder implements TrustListOpener.Display {
        final List<InspectedFile> shown = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        boolean offEdt;

        @Override
        public boolean focus(Path file) {
            offEdt |= !SwingUtilities.isEventDispatchThread();
            return shown.stream().anyMatch(f -> f.path().equals(file));
        }

        @Override
        public void show(InspectedFile file) {
            offEdt |= !SwingUtilities.isEventDispatchThread();
            shown.add(file);
        }

        @Override
        public void failed(Path file, String message) {
            offEdt |= !SwingUtilities.isEventDispatchThread();
            failures.add(message);
        }
    }

    @Test
    void aGoodFileIsReadVerifiedAndShownOnceAndRemembered() throws Exception {
        Recorder display = new Recorder();
        RecentFiles recent = new RecentFiles(new MemoryPreferences());
        TrustListOpener opener = new TrustListOpener(display, recent);
        Path itl = Fixtures.write(dir, "ITLFile.tlv", Fixtures.itlBytes());
        assertTrue(opener.open(itl).get(30, TimeUnit.SECONDS));
        assertTrue(opener.open(dir.resolve(".").resolve("ITLFile.tlv")).get(30, TimeUnit.SECONDS));
        assertEquals(1, display.shown.size(), "the second open focuses the first window");
        assertEquals(SignatureStatus.VALID, display.shown.get(0).signature().status());
        assertEquals(itl.toAbsolutePath(), display.shown.get(0).path());
        assertEquals(List.of(itl.toAbsolutePath()), recent.list());
        assertFalse(display.offEdt, "windows are touched on the Swing thread only");
    }

    @Test
    void aBadFileIsReportedOnceNamingFileAndOffsetAndNotRemembered() throws Exception {
        Recorder display = new Recorder();
        RecentFiles recent = new RecentFiles(new MemoryPreferences());
        TrustListOpener opener = new TrustListOpener(display, recent);
        Path bad = Fixtures.write(dir, "bad.tlv", new byte[] {1, 0, 2, 1, 2, 2, 0, 2, (byte) 0xff});
        Path good = Fixtures.write(dir, "ITLFile.tlv", Fixtures.itlBytes());
        List<Boolean> results = opener.open(List.of(bad, good)).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(false, true), results);
        assertEquals(1, display.failures.size());
        String message = display.failures.get(0);
        assertTrue(message.startsWith(bad.toAbsolutePath() + " is not a valid trust list: "), message);
        assertTrue(message.matches(".* at offset \\d+.*"), message);
        assertEquals(List.of(good.toAbsolutePath()), recent.list());
    }
}
