package org.voicebench.certcheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustListLocationTest {

    @ParameterizedTest
    @CsvSource({
        "http://cucm-pub/ITLFile.tlv, HTTP, cucm-pub, 6970, ITLFile.tlv, http://cucm-pub:6970/ITLFile.tlv",
        "HTTP://10.0.0.1:8080/CTLFile.tlv, HTTP, 10.0.0.1, 8080, CTLFile.tlv, http://10.0.0.1:8080/CTLFile.tlv",
        "tftp://cucm-sub1/ITLSEP001122334455.tlv, TFTP, cucm-sub1, 69, ITLSEP001122334455.tlv, tftp://cucm-sub1:69/ITLSEP001122334455.tlv",
        "tftp://127.0.20.1:6969/SEP001122334455.cnf.xml.sgn, TFTP, 127.0.20.1, 6969, SEP001122334455.cnf.xml.sgn, tftp://127.0.20.1:6969/SEP001122334455.cnf.xml.sgn",
        "tftp://[::1]/ITLFile.tlv, TFTP, ::1, 69, ITLFile.tlv, tftp://[::1]:69/ITLFile.tlv"})
    void urls(String text, TrustListLocation.Kind kind, String host, int port, String file, String display) {
        TrustListLocation l = TrustListLocation.parse(text);
        assertEquals(kind, l.kind());
        assertEquals(host, l.host());
        assertEquals(port, l.port());
        assertEquals(file, l.fileName());
        assertEquals(display, l.display());
        assertEquals(file, l.name());
    }

    @Test
    void anythingElseIsAFile() {
        TrustListLocation l = TrustListLocation.parse("some/dir/ITLFile.tlv");
        assertEquals(TrustListLocation.Kind.FILE, l.kind());
        assertEquals(Path.of("some/dir/ITLFile.tlv"), l.file());
        assertEquals("ITLFile.tlv", l.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://cucm-pub:6972/ITLFile.tlv|the scheme https:// is not supported",
        "ftp://cucm-pub/ITLFile.tlv|the scheme ftp:// is not supported",
        "http:///ITLFile.tlv|names no host",
        "http://cucm-pub|names no file",
        "tftp://cucm-pub/|names no file",
        "http://cucm-pub/ITLFile.tlv?x=1|has only host, port and file name",
        "http://cu cm/ITLFile.tlv|is not a URL"})
    void badUrlsAreNamed(String text, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustListLocation.parse(text));
        assertTrue(e.getMessage().startsWith("'" + text + "'") && e.getMessage().contains(problem), e.getMessage());
    }
}
