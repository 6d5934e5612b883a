package org.voicebench.trust.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.Fixtures;

class VerdictTest {

    private final TrustList itl = Fixtures.parse(Fixtures.itlBytes());

    @Test
    void validNamesTheSignerRecord() {
        Verdict v = new Verdict(SignatureVerifier.verify(itl), itl, null);
        assertEquals(SignatureStatus.VALID, v.status());
        assertEquals("Signature VALID: signed by record 1 (SAST, " + itl.records().get(0).subjectName() + ")", v.text());
    }

    @Test
    void invalidForATamperedFile() {
        TrustList bad = Fixtures.parse(Fixtures.tampered(Fixtures.itlBytes()));
        Verdict v = new Verdict(SignatureVerifier.verify(bad), bad, null);
        assertEquals(SignatureStatus.INVALID, v.status());
        assertTrue(v.text().startsWith("Signature INVALID: "), v.text());
        assertTrue(v.text().contains("record 1"), "names the record whose key does not match: " + v.text());
    }

    @Test
    void unverifiableGivesTheReasonAndAgainstNamesTheList() {
        TrustList sgn = Fixtures.parse(Fixtures.sgnBytes());
        Verdict own = new Verdict(SignatureVerifier.verify(sgn), sgn, null);
        assertEquals(SignatureStatus.UNVERIFIABLE, own.status());
        assertTrue(own.text().startsWith("Signature UNVERIFIABLE: a signed file carries no certificates"), own.text());
        SignatureResult r = SignatureVerifier.verifyAgainst(sgn, itl);
        Verdict against = new Verdict(r, itl, Path.of("/x/ITLFile.tlv"));
        assertEquals(SignatureStatus.VALID, against.status());
        assertEquals("TFTP", against.signerRecord().functionLabel());
        assertTrue(against.text().endsWith("(checked against ITLFile.tlv)"), against.text());
    }
}
