package org.voicebench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceListTest {

    @Test
    void namesWithoutBlankLinesAndComments() throws Exception {
        assertEquals(List.of("first.json", "second.json"), ResourceList.read(ResourceListTest.class, "sample.list"));
    }

    @Test
    void aMissingListSaysSo() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> ResourceList.read(ResourceListTest.class, "nope.list"));
        assertEquals("nope.list: missing from the module", e.getMessage());
    }
}
