package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The per-phone names as the captured 7962G asked for them ({@code CTLSEP00270DC01C92.tlv}, {@code ITLSEP...}). */
class TftpFileNamesTest {

    @Test
    void perPhoneNamesCarryTheMacInUpperCaseWithoutSeparators() {
        assertEquals("CTLSEP00270DC01C92.tlv", TftpFileNames.ctlSep("00270DC01C92"));
        assertEquals("ITLSEP00270DC01C92.tlv", TftpFileNames.itlSep("00:27:0d:c0:1c:92"));
        assertEquals("ITLSEP00270DC01C92.tlv", TftpFileNames.itlSep("0027.0dc0.1c92"));
        assertEquals("ITLFile.tlv", TftpFileNames.ITL_FILE);
    }

    @Test
    void aTextThatIsNoMacIsRefused() {
        assertNull(TftpFileNames.normaliseMac(null));
        assertNull(TftpFileNames.normaliseMac("00270DC01C9"));
        assertNull(TftpFileNames.normaliseMac("SEP00270DC01C92"));
        assertThrows(IllegalArgumentException.class, () -> TftpFileNames.itlSep("unknown"));
    }
}
