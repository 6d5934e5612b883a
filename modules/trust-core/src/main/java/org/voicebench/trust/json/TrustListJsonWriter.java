package org.voicebench.trust.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Header;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.TrustAnchor;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.Warning;

/**
 * The JSON shapes of {@link TrustListJson} written as a stream of tokens: the one place their keys
 * and order are defined. Writing straight to the output lets {@code inspect --json} print
 * thousands of files as it reads them, without holding a tree of all of them; the tree views
 * ({@link TrustListJson#inspect}, {@link TrustListJson#diff}) are read back from the same tokens.
 */
public final class TrustListJsonWriter {

    private TrustListJsonWriter() {
    }

    /**
     * The object of one inspected file as {@code inspect --json} prints it: {@link #inspectFields}
     * with the file named by its path as given, then {@code verifiedAgainst} when the file was
     * checked against a trust anchor.
     */
    public static void inspected(JsonGenerator g, InspectedFile file) throws IOException {
        g.writeStartObject();
        inspectFields(g, file.path().toString(), file.list(), file.signature());
        if (file.anchor().isPresent()) {
            g.writeFieldName("verifiedAgainst");
            anchor(g, file.anchor().get());
        }
        g.writeEndObject();
    }

    /**
     * The fields of one inspected file, inside an object the caller opened (so that it can add its
     * own after them, as {@link #inspected} adds {@code verifiedAgainst}); the inspector's Export
     * JSON writes them with the verdict it shows.
     *
     * @param file the path as the user named it
     */
    public static void inspectFields(JsonGenerator g, String file, TrustList list, SignatureResult signature) throws IOException {
        Header h = list.header();
        g.writeStringField("file", file);
        g.writeStringField("type", list.type().name());
        g.writeNumberField("size", list.size());
        g.writeStringField("md5", list.hashes().md5());
        g.writeStringField("sha1", list.hashes().sha1());
        g.writeStringField("sha256", list.hashes().sha256());
        g.writeStringField("version", h.version());
        g.writeNumberField("headerLength", h.headerLength());
        g.writeStringField("signerName", h.signerName());
        g.writeStringField("signerSerial", h.signerSerialHex());
        g.writeStringField("signerIssuer", h.signerIssuer());
        g.writeStringField("digest", h.digest() != null ? h.digest().label() : h.digestCode() == null ? null : "UNKNOWN(" + h.digestCode() + ")");
        g.writeStringField("signatureAlgorithm", h.signatureAlgorithm());
        g.writeNumberField("signatureBits", h.signatureBits());
        g.writeStringField("fileName", h.fileName());
        g.writeStringField("timestamp", iso(h.timestamp()));
        g.writeStringField("signerVersion", h.signerVersion());
        g.writeFieldName("signature");
        signature(g, signature);
        g.writeArrayFieldStart("records");
        for (TrustRecord r : list.records()) {
            record(g, r, list.checkedAt());
        }
        g.writeEndArray();
        if (list.type() == FileType.SIGNED_FILE) {
            g.writeNumberField("payloadOffset", list.payloadOffset());
            g.writeNumberField("payloadLength", list.size() - list.payloadOffset());
        }
        g.writeArrayFieldStart("warnings");
        for (Warning w : list.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code().name());
            g.writeStringField("message", w.message());
            number(g, "offset", w.offset());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A signature verdict: {@code status}, {@code signerRecord}, {@code detail}. */
    public static void signature(JsonGenerator g, SignatureResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", s.status().name());
        number(g, "signerRecord", s.signerRecord());
        g.writeStringField("detail", s.detail());
        g.writeEndObject();
    }

    /** The trust list a file was checked against: {@code file}, {@code type}, {@code sha1}, its own {@code signature}. */
    private static void anchor(JsonGenerator g, TrustAnchor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", a.path().toString());
        g.writeStringField("type", a.list().type().name());
        g.writeStringField("sha1", a.list().hashes().sha1());
        g.writeFieldName("signature");
        signature(g, a.ownSignature());
        g.writeEndObject();
    }

    /** The object for a diff: header changes, signer change, records added, removed, changed. */
    public static void diff(JsonGenerator g, String oldName, String newName, TrustListDiff d) throws IOException {
        g.writeStartObject();
        g.writeStringField("old", oldName);
        g.writeStringField("new", newName);
        g.writeBooleanField("identical", d.identical());
        g.writeBooleanField("signerChanged", d.signerChanged());
        g.writeArrayFieldStart("headerChanges");
        changes(g, d.headerChanges());
        g.writeEndArray();
        g.writeArrayFieldStart("added");
        for (TrustRecord r : d.added()) {
            record(g, r, d.newFile().checkedAt());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (TrustRecord r : d.removed()) {
            record(g, r, d.oldFile().checkedAt());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("changed");
        for (TrustListDiff.RecordChange c : d.changed()) {
            g.writeStartObject();
            g.writeNumberField("oldIndex", c.oldRecord().index());
            g.writeNumberField("newIndex", c.newRecord().index());
            g.writeStringField("function", c.newRecord().functionLabel());
            g.writeStringField("subjectName", c.newRecord().subjectName());
            g.writeArrayFieldStart("changes");
            changes(g, c.changes());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("unchanged", d.unchanged());
        g.writeEndObject();
    }

    private static void record(JsonGenerator g, TrustRecord r, Instant now) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", r.index());
        g.writeNumberField("offset", r.offset());
        g.writeNumberField("length", r.length());
        g.writeStringField("function", r.functionLabel());
        number(g, "functionCode", r.functionCode());
        g.writeStringField("dnsName", r.dnsName());
        g.writeStringField("subjectName", r.subjectName());
        g.writeStringField("issuerName", r.issuerName());
        g.writeStringField("serial", r.serialHex());
        g.writeStringField("ipAddress", r.ipAddress());
        CertificateInfo c = r.certificate();
        if (c == null) {
            g.writeNullField("certificate");
        } else {
            g.writeObjectFieldStart("certificate");
            g.writeStringField("sha1", c.sha1());
            g.writeStringField("sha256", c.sha256());
            g.writeStringField("subject", c.subject());
            g.writeStringField("issuer", c.issuer());
            g.writeStringField("serial", c.serialHex());
            g.writeStringField("notBefore", iso(c.notBefore()));
            g.writeStringField("notAfter", iso(c.notAfter()));
            g.writeBooleanField("expired", c.expiredAt(now));
            g.writeStringField("keyAlgorithm", c.keyAlgorithm());
            g.writeNumberField("keyBits", c.keyBits());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void changes(JsonGenerator g, List<TrustListDiff.FieldChange> changes) throws IOException {
        for (TrustListDiff.FieldChange c : changes) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            g.writeStringField("old", c.oldValue());
            g.writeStringField("new", c.newValue());
            g.writeEndObject();
        }
    }

    /** A number that may be absent: {@code null} then, as the tree's {@code put(String, Integer)} wrote it. */
    private static void number(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
