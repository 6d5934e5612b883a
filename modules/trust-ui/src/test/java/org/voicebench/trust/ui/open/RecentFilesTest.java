package org.voicebench.trust.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.testsupport.MemoryPreferences;

class RecentFilesTest {

    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), name);
    }

    @Test
    void mostRecentFirstWithoutDuplicates() throws IOException {
        RecentFiles recent = new RecentFiles(new MemoryPreferences());
        Path a = file("a.tlv");
        Path b = file("b.tlv");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.list());
    }

    @Test
    void keepsAtMostTenAndSurvivesANewInstance() throws IOException {
        MemoryPreferences prefs = new MemoryPreferences();
        RecentFiles recent = new RecentFiles(prefs);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(file(i + ".tlv"));
            recent.add(files.get(i));
        }
        List<Path> expected = new ArrayList<>(files.subList(2, 12));
        java.util.Collections.reverse(expected);
        assertEquals(expected, recent.list());
        assertEquals(expected, new RecentFiles(prefs).list(), "stored, not only in memory");
    }

    @Test
    void dropsFilesThatNoLongerExist() throws IOException {
        MemoryPreferences prefs = new MemoryPreferences();
        RecentFiles recent = new RecentFiles(prefs);
        Path a = file("a.tlv");
        Path gone = file("gone.tlv");
        recent.add(a);
        recent.add(gone);
        Files.delete(gone);
        assertEquals(List.of(a), recent.list());
        assertEquals(null, prefs.get("file.1", null), "the pruned list is stored");
    }

    @Test
    void relativePathsAreStoredAbsolute() throws IOException {
        RecentFiles recent = new RecentFiles(new MemoryPreferences());
        Path a = file("a.tlv");
        Path relative = Path.of("").toAbsolutePath().relativize(a);
        recent.add(relative);
        assertEquals(List.of(a), recent.list());
    }
}
