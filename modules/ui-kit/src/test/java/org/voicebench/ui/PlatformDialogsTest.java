package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlatformDialogsTest {

    @Test
    void aNameTypedWithoutExtensionGetsTheFormats() {
        assertEquals(Path.of("/tmp/report.html"), PlatformDialogs.withExtension(Path.of("/tmp/report"), "html"));
        assertEquals(Path.of("/tmp/report.htm"), PlatformDialogs.withExtension(Path.of("/tmp/report.htm"), "html"),
                "an extension typed is kept");
    }
}
