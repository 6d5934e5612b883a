package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.CertificateRole;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.fetch.TrustListLocation;

class CheckInputsTest {

    @Test
    void readsEveryFieldAndIgnoresBlankLines() {
        CheckInputs in = CheckInputs.parse(" /tmp/ITLFile.tlv ", "tftp://cucm-pub/ITLFile.tlv",
                "certs\n\n  /x/cucm-pub-TVS.pem  \n", "cucm-pub:2445=TVS@cucm-pub\n\ncucm-sub1:5061\n", "",
                SigningRule.PRE_12);

        assertEquals(Path.of("/tmp/ITLFile.tlv"), in.phoneList().file());
        assertEquals(TrustListLocation.Kind.TFTP, in.clusterList().kind());
        assertEquals(List.of(Path.of("certs"), Path.of("/x/cucm-pub-TVS.pem")), in.certificates());
        assertEquals(2, in.hosts().size());
        assertEquals(CertificateRole.TVS, in.hosts().get(0).role());
        assertEquals(CertificateRole.CALLMANAGER, in.hosts().get(1).role(), "5061 is CallManager's SIP TLS port");
        assertNull(in.configFile());
        assertEquals(SigningRule.PRE_12, in.signing());
    }

    @Test
    void withoutThePhoneListOrAnythingToCompareTheUserIsToldWhatIsMissing() {
        assertEquals(Bundle.ERR_NoPhoneList(), assertThrows(IllegalArgumentException.class,
                () -> CheckInputs.parse("  ", "", "certs", "", "", SigningRule.AUTO)).getMessage());
        assertEquals(Bundle.ERR_NothingToCompare(), assertThrows(IllegalArgumentException.class,
                () -> CheckInputs.parse("ITLFile.tlv", " ", "\n \n", "", "", SigningRule.AUTO)).getMessage());
    }

    @Test
    void aMalformedHostOrUrlIsNamedInTheMessage() {
        String host = assertThrows(IllegalArgumentException.class,
                () -> CheckInputs.parse("ITLFile.tlv", "", "", "cucm-pub:99999", "", SigningRule.AUTO)).getMessage();
        assertTrue(host.contains("cucm-pub:99999"), host);
        String url = assertThrows(IllegalArgumentException.class,
                () -> CheckInputs.parse("ITLFile.tlv", "ftp://cucm-pub/ITLFile.tlv", "", "", "", SigningRule.AUTO))
                .getMessage();
        assertTrue(url.contains("ftp://cucm-pub/ITLFile.tlv"), url);
    }
}
