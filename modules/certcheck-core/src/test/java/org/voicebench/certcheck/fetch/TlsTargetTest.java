package org.voicebench.certcheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voicebench.certcheck.CertificateRole;

class TlsTargetTest {

    @ParameterizedTest
    @CsvSource({
        "5061, CALLMANAGER", "2443, CALLMANAGER", "2445, TVS", "3804, CAPF", "443, TOMCAT", "8443, TOMCAT", "4433, UNKNOWN"})
    void withoutARoleThePortSaysWhichServiceItIs(int port, CertificateRole role) {
        TlsTarget t = TlsTarget.parse("cucm-pub.lab.example.com:" + port);
        assertEquals(new TlsTarget("cucm-pub.lab.example.com", port, role, "cucm-pub.lab.example.com"), t);
        assertEquals("tls://cucm-pub.lab.example.com:" + port, t.origin());
    }

    @Test
    void roleAndNodeGivenExplicitly() {
        assertEquals(new TlsTarget("10.1.1.5", 4443, CertificateRole.TVS, "cucm-sub1"), TlsTarget.parse(" 10.1.1.5:4443=tvs@cucm-sub1 "));
        assertEquals(new TlsTarget("10.1.1.5", 5061, CertificateRole.CALLMANAGER_ECDSA, "10.1.1.5"),
                TlsTarget.parse("10.1.1.5:5061=CallManager-ECDSA"));
        assertEquals(new TlsTarget("::1", 2445, CertificateRole.TVS, "::1"), TlsTarget.parse("[::1]:2445"));
        assertEquals("[::1]:2445", TlsTarget.parse("[::1]:2445").hostAndPort());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cucm-pub|expected HOST:PORT",
        "cucm-pub:|expected HOST:PORT",
        ":5061|expected HOST:PORT",
        "cucm-pub:50x1|the port '50x1' is not a number",
        "cucm-pub:70000|the port 70000 is not between 1 and 65535",
        "cucm-pub:0|the port 0 is not between 1 and 65535",
        "cucm-pub:5061=Bogus@n|unknown role 'Bogus' (known: CallManager-ECDSA, CallManager, TVS, CAPF, ITLRecovery, tomcat)",
        "cucm-pub:5061=TVS@|the node after '@' is empty",
        "::1:5061|write an IPv6 address in brackets"})
    void badTextIsNamedWithWhatIsWrong(String text, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlsTarget.parse(text));
        assertTrue(e.getMessage().startsWith("TLS target '" + text + "': " + problem), e.getMessage());
    }
}
