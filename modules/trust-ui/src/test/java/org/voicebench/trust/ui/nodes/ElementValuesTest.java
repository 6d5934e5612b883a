package org.voicebench.trust.ui.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.ui.Fixtures;

class ElementValuesTest {

    private final TrustList itl = Fixtures.parse(Fixtures.itlBytes());

    private TlvElement header(String name) {
        return find(itl.header().elements(), name);
    }

    private static TlvElement find(java.util.List<TlvElement> elements, String name) {
        for (TlvElement e : elements) {
            if (e.name().equals(name)) {
                return e;
            }
            TlvElement inner = find(e.children(), name);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void headerNumbersStringsAndCodesAreDecoded() {
        assertEquals("1.2", ElementValues.describe(itl, header("VERSION")));
        assertEquals(Integer.toString(itl.header().headerLength()), ElementValues.describe(itl, header("HEADER_LENGTH")));
        assertEquals(itl.header().signerName(), ElementValues.describe(itl, header("SIGNER_NAME")));
        assertEquals(itl.header().signerIssuer(), ElementValues.describe(itl, header("CA_NAME")));
        assertEquals("ITLFile.tlv", ElementValues.describe(itl, header("FILENAME")));
        assertEquals("1 (SHA-1)", ElementValues.describe(itl, header("DIGEST_ALGORITHM")));
        assertEquals("2 (2048-bit key)", ElementValues.describe(itl, header("SIGNATURE_MODULUS")));
        assertEquals(Fixtures.TIMESTAMP.getEpochSecond() + " (" + Fixtures.TIMESTAMP + ")",
                ElementValues.describe(itl, header("TIMESTAMP")));
        assertEquals(itl.header().signerSerialHex(), ElementValues.describe(itl, header("SERIAL_NUMBER")).replaceFirst("^(00)+", ""));
        assertEquals("3 nested elements", ElementValues.describe(itl, header("SIGNER_ID")));
    }

    @Test
    void recordFieldsAreDecoded() {
        TrustRecord sast = Fixtures.record(itl, 1);
        assertEquals(Integer.toString(sast.length()), ElementValues.describe(itl, sast.element(1)));
        assertEquals(sast.dnsName(), ElementValues.describe(itl, sast.element(2)));
        assertEquals(sast.subjectName(), ElementValues.describe(itl, sast.element(3)));
        assertEquals("0 (SAST)", ElementValues.describe(itl, sast.element(4)));
        assertEquals("21 (TVS)", ElementValues.describe(itl, Fixtures.record(itl, 4).element(4)));
        if (sast.ipAddress() != null) {
            assertEquals(sast.ipAddress(), ElementValues.describe(itl, sast.element(10)));
        }
    }

    @Test
    void binaryValuesAreHexAndLongOnesAreCut() {
        TrustRecord sast = Fixtures.record(itl, 1);
        TlvElement serial = sast.element(6);
        String hex = ElementValues.describe(itl, serial);
        assertEquals(serial.valueLength() * 2, hex.length());
        assertTrue(hex.matches("[0-9a-f]+"), hex);
        TlvElement cert = sast.element(9);
        String certHex = ElementValues.describe(itl, cert);
        if (cert.valueLength() > ElementValues.MAX_HEX_BYTES) {
            assertTrue(certHex.endsWith("... (" + cert.valueLength() + " bytes)"), certHex);
        } else {
            assertEquals(cert.valueLength() * 2, certHex.length());
        }
        assertTrue(certHex.startsWith("3082"), "a DER certificate starts with a SEQUENCE: " + certHex.substring(0, 8));
    }
}
