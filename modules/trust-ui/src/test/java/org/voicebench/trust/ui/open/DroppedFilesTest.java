package org.voicebench.trust.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedFilesTest {

    @Test
    void linuxUriListsGiveLocalFilesOnly() {
        Path a = Path.of("/tmp/dir with space/ITLFile.tlv");
        String list = "# from the file manager\r\n" + a.toUri() + "\r\nhttp://example.com/x.tlv\r\n\r\nfile:///tmp/b.sgn\n";
        assertEquals(List.of(a, Path.of("/tmp/b.sgn")), DroppedFiles.parseUriList(list));
    }

    @Test
    void javaFileListsAreRead() {
        File f = new File("/tmp/CTLFile.tlv");
        Transferable t = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return List.of(f);
            }
        };
        assertTrue(DroppedFiles.carriesFiles(t.getTransferDataFlavors()));
        assertEquals(List.of(f.toPath()), DroppedFiles.from(t));
    }

    @Test
    void plainTextIsNoFile() {
        StringSelection text = new StringSelection("hello");
        assertFalse(DroppedFiles.carriesFiles(text.getTransferDataFlavors()));
        assertEquals(List.of(), DroppedFiles.from(text));
    }

    @Test
    void commandLineNamesResolveAgainstTheLaunchFolder() {
        File cwd = new File("/home/engineer/tickets");
        assertEquals(List.of(Path.of("/home/engineer/tickets/ITLFile.tlv"), Path.of("/tmp/CTLFile.tlv"),
                Path.of("/home/engineer/x.sgn")),
                CommandLineFiles.resolve(cwd, new String[] {"ITLFile.tlv", "/tmp/CTLFile.tlv", "../x.sgn"}));
    }
}
