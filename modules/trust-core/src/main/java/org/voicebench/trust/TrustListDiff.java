package org.voicebench.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two trust lists: header fields, the signer, and records added, removed and
 * changed. Records are matched first by certificate identity and function; then a record whose
 * function and subject stay but whose certificate differs counts as changed (a regenerated
 * certificate), and so does one whose certificate stays with another function.
 *
 * @param oldFile the older list
 * @param newFile the newer list
 * @param headerChanges header fields whose values differ
 * @param signerChanged whether the signer (serial or issuer) differs
 * @param added records only in the new list
 * @param removed records only in the old list
 * @param changed matched records that differ
 * @param unchangedPairs matched records identical in both, in the order they were matched
 */
public record TrustListDiff(TrustList oldFile, TrustList newFile, List<FieldChange> headerChanges, boolean signerChanged,
                            List<TrustRecord> added, List<TrustRecord> removed, List<RecordChange> changed,
                            List<RecordPair> unchangedPairs) {

    /** One field with its old and new value as text. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    /** A record present in both lists with differences. */
    public record RecordChange(TrustRecord oldRecord, TrustRecord newRecord, List<FieldChange> changes) {
    }

    /** A record present in both lists without differences. */
    public record RecordPair(TrustRecord oldRecord, TrustRecord newRecord) {
    }

    /** Number of records identical in both. */
    public int unchanged() {
        return unchangedPairs.size();
    }

    /** Whether the two files carry the same header fields and records. */
    public boolean identical() {
        return headerChanges.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares two parsed files. */
    public static TrustListDiff compare(TrustList oldFile, TrustList newFile) {
        List<FieldChange> header = headerChanges(oldFile.header(), newFile.header());
        Header o = oldFile.header();
        Header n = newFile.header();
        boolean signerChanged = !Objects.equals(o.signerSerialHex(), n.signerSerialHex())
                || !Objects.equals(o.signerIssuer(), n.signerIssuer());
        List<TrustRecord> oldLeft = new ArrayList<>(oldFile.records());
        List<TrustRecord> newLeft = new ArrayList<>(newFile.records());
        List<RecordChange> changed = new ArrayList<>();
        List<RecordPair> unchanged = new ArrayList<>();
        for (Matcher matcher : Matcher.values()) {
            for (TrustRecord nr : List.copyOf(newLeft)) {
                TrustRecord or = oldLeft.stream().filter(r -> matcher.matches(r, nr)).findFirst().orElse(null);
                if (or == null) {
                    continue;
                }
                oldLeft.remove(or);
                newLeft.remove(nr);
                List<FieldChange> fields = recordChanges(or, nr);
                if (fields.isEmpty()) {
                    unchanged.add(new RecordPair(or, nr));
                } else {
                    changed.add(new RecordChange(or, nr, fields));
                }
            }
        }
        return new TrustListDiff(oldFile, newFile, List.copyOf(header), signerChanged, List.copyOf(newLeft),
                List.copyOf(oldLeft), List.copyOf(changed), List.copyOf(unchanged));
    }

    /** Ways to pair records, strongest first. */
    private enum Matcher {
        SAME_CERTIFICATE_AND_FUNCTION {
            @Override
            boolean matches(TrustRecord a, TrustRecord b) {
                return Objects.equals(a.functionCode(), b.functionCode()) && Objects.equals(identity(a), identity(b));
            }
        },
        SAME_FUNCTION_AND_SUBJECT {
            @Override
            boolean matches(TrustRecord a, TrustRecord b) {
                return Objects.equals(a.functionCode(), b.functionCode()) && a.subjectName() != null
                        && a.subjectName().equals(b.subjectName());
            }
        },
        SAME_CERTIFICATE {
            @Override
            boolean matches(TrustRecord a, TrustRecord b) {
                return identity(a) != null && identity(a).equals(identity(b));
            }
        };

        abstract boolean matches(TrustRecord a, TrustRecord b);
    }

    /** SHA-256 of the certificate, else issuer and serial, else DNS name for emptied records. */
    static String identity(TrustRecord r) {
        if (r.hasCertificate()) {
            return "cert:" + Hex.of(Certificates.digest("SHA-256", r.certificateBytes()));
        }
        if (r.serialBytes() != null) {
            return "serial:" + r.issuerName() + "/" + r.serialHex();
        }
        return "dns:" + r.dnsName() + "/" + r.ipAddress();
    }

    private static List<FieldChange> headerChanges(Header o, Header n) {
        List<FieldChange> out = new ArrayList<>();
        field(out, "version", o.version(), n.version());
        field(out, "signerName", o.signerName(), n.signerName());
        field(out, "signerSerial", o.signerSerialHex(), n.signerSerialHex());
        field(out, "signerIssuer", o.signerIssuer(), n.signerIssuer());
        field(out, "digest", label(o.digest(), o.digestCode()), label(n.digest(), n.digestCode()));
        field(out, "signatureAlgorithm", o.signatureAlgorithm(), n.signatureAlgorithm());
        field(out, "signatureBits", String.valueOf(o.signatureBits()), String.valueOf(n.signatureBits()));
        field(out, "fileName", o.fileName(), n.fileName());
        field(out, "timestamp", String.valueOf(o.timestamp()), String.valueOf(n.timestamp()));
        field(out, "signerVersion", o.signerVersion(), n.signerVersion());
        return out;
    }

    private static String label(DigestAlgorithm d, Integer code) {
        return d != null ? d.label() : code == null ? null : "UNKNOWN(" + code + ")";
    }

    private static List<FieldChange> recordChanges(TrustRecord o, TrustRecord n) {
        List<FieldChange> out = new ArrayList<>();
        field(out, "function", o.functionLabel(), n.functionLabel());
        field(out, "dnsName", o.dnsName(), n.dnsName());
        field(out, "subjectName", o.subjectName(), n.subjectName());
        field(out, "issuerName", o.issuerName(), n.issuerName());
        field(out, "serial", o.serialHex(), n.serialHex());
        field(out, "ipAddress", o.ipAddress(), n.ipAddress());
        field(out, "certificate", certText(o), certText(n));
        return out;
    }

    private static String certText(TrustRecord r) {
        CertificateInfo c = r.certificate();
        return c != null ? "sha1 " + c.sha1() : r.hasCertificate() ? "unreadable" : null;
    }

    private static void field(List<FieldChange> out, String name, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new FieldChange(name, a, b));
        }
    }
}
