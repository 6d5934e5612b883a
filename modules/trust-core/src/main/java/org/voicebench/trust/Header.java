package org.voicebench.trust;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The header every trust list and signed file starts with. Fields absent from the file are
 * {@code null}.
 *
 * @param versionMajor VERSION major (1 for trust lists and {@code .sgn}, 2 for {@code .enc.sgn})
 * @param versionMinor VERSION minor (2 for trust lists)
 * @param headerLength HEADER_LENGTH: bytes of the header, signature and padding included
 * @param signerName SIGNER_NAME string
 * @param signerSerial SERIAL_NUMBER of the signer certificate, raw bytes
 * @param signerIssuer CA_NAME string
 * @param digestCode DIGEST_ALGORITHM code
 * @param signatureAlgorithmCode SIGNATURE_ALGORITHM code (0 = RSA PKCS#1 v1.5)
 * @param signatureModulusCode SIGNATURE_MODULUS code (0..3 = 512..4096 bits)
 * @param signature the SIGNATURE element (tag 12), or {@code null}
 * @param fileName FILENAME string
 * @param timestamp TIMESTAMP
 * @param signerVersion tag 28 as {@code major.minor}
 * @param elements the top-level header elements in file order, containers with their children
 */
public record Header(int versionMajor, int versionMinor, int headerLength, String signerName, byte[] signerSerial,
                     String signerIssuer, Integer digestCode, Integer signatureAlgorithmCode,
                     Integer signatureModulusCode, TlvElement signature, String fileName, Instant timestamp,
                     String signerVersion, List<TlvElement> elements) {

    public Header {
        elements = List.copyOf(elements);
    }

    /** {@code major.minor}, e.g. {@code 1.2}. */
    public String version() {
        return versionMajor + "." + versionMinor;
    }

    /** The digest named by tag 8, or {@code null} when absent or unknown. */
    public DigestAlgorithm digest() {
        return digestCode == null ? null : DigestAlgorithm.ofCode(digestCode);
    }

    /** Signature size in bits announced by SIGNATURE_MODULUS, or 0 when absent or unknown. */
    public int signatureBits() {
        if (signatureModulusCode == null || signatureModulusCode < 0 || signatureModulusCode > 3) {
            return 0;
        }
        return 512 << signatureModulusCode;
    }

    /** Name of the signature algorithm code: {@code RSA} for 0, else {@code UNKNOWN(n)}. */
    public String signatureAlgorithm() {
        if (signatureAlgorithmCode == null) {
            return null;
        }
        return signatureAlgorithmCode == 0 ? "RSA" : "UNKNOWN(" + signatureAlgorithmCode + ")";
    }

    /** Signer serial as lowercase hex without leading zero bytes, or {@code null}. */
    public String signerSerialHex() {
        return signerSerial == null ? null : Hex.serial(signerSerial);
    }

    @Override
    public byte[] signerSerial() {
        return signerSerial == null ? null : signerSerial.clone();
    }

    /** Field by field, the serial by content (a record's default would compare the array's identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Header h && versionMajor == h.versionMajor && versionMinor == h.versionMinor
                && headerLength == h.headerLength && Objects.equals(signerName, h.signerName)
                && Arrays.equals(signerSerial, h.signerSerial) && Objects.equals(signerIssuer, h.signerIssuer)
                && Objects.equals(digestCode, h.digestCode) && Objects.equals(signatureAlgorithmCode, h.signatureAlgorithmCode)
                && Objects.equals(signatureModulusCode, h.signatureModulusCode) && Objects.equals(signature, h.signature)
                && Objects.equals(fileName, h.fileName) && Objects.equals(timestamp, h.timestamp)
                && Objects.equals(signerVersion, h.signerVersion) && elements.equals(h.elements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionMajor, versionMinor, headerLength, signerName, Arrays.hashCode(signerSerial), signerIssuer,
                digestCode, signatureAlgorithmCode, signatureModulusCode, signature, fileName, timestamp, signerVersion, elements);
    }

    @Override
    public String toString() {
        return "Header[version=" + version() + ", headerLength=" + headerLength + ", signerName=" + signerName
                + ", signerSerial=" + signerSerialHex() + ", signerIssuer=" + signerIssuer + ", digestCode=" + digestCode
                + ", fileName=" + fileName + ", timestamp=" + timestamp + "]";
    }
}
