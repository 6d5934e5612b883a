package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERGeneralString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DERUniversalString;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;

/**
 * {@link Rfc2253Names} prints what {@code X500Principal.getName(RFC2253)} printed before it
 * replaced the JDK's decoder: the names are part of the JSON contract. Checked against the running
 * JDK on every fixture certificate and on random names of every attribute and value kind, in the
 * cases where JDKs agree with each other; the string types JDK 17 read as UTF-8 are pinned apart.
 */
class Rfc2253NamesTest {

    private static final String[] TYPES = {"2.5.4.3", "2.5.4.6", "2.5.4.7", "2.5.4.8", "2.5.4.10", "2.5.4.11", "2.5.4.9",
        "0.9.2342.19200300.100.1.25", "0.9.2342.19200300.100.1.1", "1.2.840.113549.1.9.1", "2.5.4.5", "2.5.4.12",
        "2.5.4.46", "1.3.6.1.4.1.9.99.1"};
    private static final String SPECIAL = ",=+<>#;\"\\ \r\0";

    @Test
    void fixtureCertificateNamesAreTheJdks() {
        for (LabCluster cluster : List.of(Fixtures.clusterA(), Fixtures.legacy(), Fixtures.big(), Fixtures.tiny())) {
            for (LabIdentity id : cluster.identities()) {
                var cert = org.bouncycastle.asn1.x509.Certificate.getInstance(id.certificate());
                assertAll(id.role() + "@" + id.node(),
                        () -> assertEquals(jdk(cert.getSubject()), Rfc2253Names.format(cert.getSubject())),
                        () -> assertEquals(jdk(cert.getIssuer()), Rfc2253Names.format(cert.getIssuer())));
            }
        }
    }

    @Test
    void randomNamesOfEveryKindAreTheJdks() throws IOException {
        Random random = new Random(2253);
        for (int n = 0; n < 3000; n++) {
            X500Name name = reparsed(randomName(random));
            assertEquals(jdk(name), Rfc2253Names.format(name), () -> "name " + hex(name));
        }
    }

    @Test
    void specialCharactersAndSpacesAreEscapedAsTheJdkDoes() throws IOException {
        for (String value : List.of(" lead", "trail ", "  both  ", "#hash", "a#b", "a,b;c+d", "x=y", "<tag>", "q\"uote",
                "back\\slash", "nul\0here", "\r", " ", "", "caf\u00e9 \u00fc\u4e2d")) {
            X500Name name = reparsed(name(new AttributeTypeAndValue(new ASN1ObjectIdentifier("2.5.4.3"), new DERUTF8String(value))));
            assertEquals(jdk(name), Rfc2253Names.format(name), value);
        }
    }

    @Test
    void multiValuedRdnsAndTheOrderOfRdns() throws IOException {
        RDN first = new RDN(new AttributeTypeAndValue[] {
            ava("2.5.4.3", new DERUTF8String("b")), ava("2.5.4.11", new DERPrintableString("a"))});
        RDN second = new RDN(ava("2.5.4.6", new DERPrintableString("US")));
        X500Name name = reparsed(new X500Name(new RDN[] {second, first}));
        assertEquals(jdk(name), Rfc2253Names.format(name));
        assertEquals("", Rfc2253Names.format(reparsed(new X500Name(new RDN[0]))));
    }

    @Test
    void stringTypesAreReadInTheirOwnCharacterSet() throws IOException {
        // JDK 17 read every string type as UTF-8; current JDKs, and this class, use the type's own set
        assertEquals("CN=\u00e9t\u00e9", Rfc2253Names.format(reparsed(name(ava("2.5.4.3", new DERT61String("\u00e9t\u00e9"))))));
        assertEquals("CN=Bj\u00f6rn \u4e2d", Rfc2253Names.format(reparsed(name(ava("2.5.4.3", new DERBMPString("Bj\u00f6rn \u4e2d"))))));
        assertEquals("CN=\\ a\\,b\\ ", Rfc2253Names.format(reparsed(name(ava("2.5.4.3", new DERBMPString(" a,b "))))));
    }

    @Test
    void nonStringValuesAndOidTypesAreHexDer() throws IOException {
        X500Name name = reparsed(name(ava("1.3.6.1.4.1.9.99.1", new DERUTF8String("x")), ava("2.5.4.3", new ASN1Integer(5))));
        assertEquals("CN=#020105,1.3.6.1.4.1.9.99.1=#0c0178", Rfc2253Names.format(name));
        assertEquals(jdk(name), Rfc2253Names.format(name));
    }

    // ---- names -------------------------------------------------------------------------------

    private static X500Name randomName(Random random) {
        RDN[] rdns = new RDN[random.nextInt(5)];
        for (int i = 0; i < rdns.length; i++) {
            AttributeTypeAndValue[] values = new AttributeTypeAndValue[1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0)];
            for (int j = 0; j < values.length; j++) {
                values[j] = ava(TYPES[random.nextInt(TYPES.length)], randomValue(random));
            }
            rdns[i] = values.length == 1 ? new RDN(values[0]) : new RDN(values);
        }
        return new X500Name(rdns);
    }

    /** Values where every JDK agrees: any text in UTF8String, ASCII in the 8-bit types, non-strings as hex. */
    private static ASN1Encodable randomValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> new DERUTF8String(text(random, true));
            case 4, 5 -> new DERPrintableString(text(random, false));
            case 6 -> new DERIA5String(text(random, false));
            case 7 -> new DERT61String(text(random, false));
            case 8 -> new DERGeneralString(text(random, false));
            case 9 -> new DERVisibleString(text(random, false));
            case 10 -> new DERUniversalString(text(random, false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> random.nextBoolean() ? new ASN1Integer(random.nextLong())
                    : new DERSequence(new DEROctetString(text(random, false).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        };
    }

    private static String text(Random random, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                sb.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
            } else if (kind == 3 && unicode) {
                sb.append((char) (0xa0 + random.nextInt(0x3000)));
            } else {
                sb.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x80)));
            }
        }
        return sb.toString();
    }

    private static AttributeTypeAndValue ava(String oid, ASN1Encodable value) {
        return new AttributeTypeAndValue(new ASN1ObjectIdentifier(oid), value);
    }

    private static X500Name name(AttributeTypeAndValue... rdns) {
        RDN[] out = new RDN[rdns.length];
        for (int i = 0; i < rdns.length; i++) {
            out[i] = new RDN(rdns[i]);
        }
        return new X500Name(out);
    }

    /** The name as a certificate carries it: encoded, then parsed back as the decoder does. */
    private static X500Name reparsed(X500Name name) throws IOException {
        return X500Name.getInstance(ASN1Primitive.fromByteArray(name.getEncoded()));
    }

    private static String jdk(X500Name name) throws IOException {
        return new X500Principal(name.getEncoded()).getName(X500Principal.RFC2253);
    }

    private static String hex(X500Name name) {
        try {
            return Hex.of(name.getEncoded());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
