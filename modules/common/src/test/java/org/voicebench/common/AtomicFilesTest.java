package org.voicebench.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesCreatesFoldersAndReplacesLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a/b/report.json");
        assertEquals(target.toAbsolutePath(), AtomicFiles.write(target, "first"));
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "only the target is left");
        }
    }

    @Test
    void aFailedWriteNamesTheTargetAndLeavesItAsItWas() throws IOException {
        Path target = dir.resolve("keep.txt");
        Files.writeString(target, "old");
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(blocked.resolve("child.txt"), "new"));
        assertEquals("a file is in the way of a folder (" + blocked.toAbsolutePath() + ")", e.getMessage());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void theWrittenFileIsReadableByOthersAsAnyNewFile() throws IOException {
        Path target = AtomicFiles.write(dir.resolve("shared.txt"), "x");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }
}
