package org.voicebench.trust.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Header;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.Warning;

/**
 * The JSON shape of an inspected file and of a diff, shared by the command line
 * ({@code inspect --json}, {@code diff --json}) and the inspector's Export JSON. Keys are a
 * contract with users' scripts: add, never rename.
 */
public final class TrustListJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrustListJson() {
    }

    /** The object for one file. {@code file} is the path as the user named it. */
    public static ObjectNode inspect(String file, TrustList list, SignatureResult signature) {
        Header h = list.header();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", file);
        o.put("type", list.type().name());
        o.put("size", list.size());
        o.put("md5", list.hashes().md5());
        o.put("sha1", list.hashes().sha1());
        o.put("sha256", list.hashes().sha256());
        o.put("version", h.version());
        o.put("headerLength", h.headerLength());
        o.put("signerName", h.signerName());
        o.put("signerSerial", h.signerSerialHex());
        o.put("signerIssuer", h.signerIssuer());
        o.put("digest", h.digest() != null ? h.digest().label() : h.digestCode() == null ? null : "UNKNOWN(" + h.digestCode() + ")");
        o.put("signatureAlgorithm", h.signatureAlgorithm());
        o.put("signatureBits", h.signatureBits());
        o.put("fileName", h.fileName());
        o.put("timestamp", iso(h.timestamp()));
        o.put("signerVersion", h.signerVersion());
        ObjectNode sig = o.putObject("signature");
        sig.put("status", signature.status().name());
        sig.put("signerRecord", signature.signerRecord());
        sig.put("detail", signature.detail());
        ArrayNode records = o.putArray("records");
        for (TrustRecord r : list.records()) {
            records.add(record(r, list.checkedAt()));
        }
        if (list.type() == org.voicebench.trust.FileType.SIGNED_FILE) {
            o.put("payloadOffset", list.payloadOffset());
            o.put("payloadLength", list.size() - list.payloadOffset());
        }
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : list.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("code", w.code().name());
            wn.put("message", w.message());
            wn.put("offset", w.offset());
        }
        return o;
    }

    static ObjectNode record(TrustRecord r, Instant now) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", r.index());
        o.put("offset", r.offset());
        o.put("length", r.length());
        o.put("function", r.functionLabel());
        o.put("functionCode", r.functionCode());
        o.put("dnsName", r.dnsName());
        o.put("subjectName", r.subjectName());
        o.put("issuerName", r.issuerName());
        o.put("serial", r.serialHex());
        o.put("ipAddress", r.ipAddress());
        CertificateInfo c = r.certificate();
        if (c == null) {
            o.putNull("certificate");
        } else {
            ObjectNode cn = o.putObject("certificate");
            cn.put("sha1", c.sha1());
            cn.put("sha256", c.sha256());
            cn.put("subject", c.subject());
            cn.put("issuer", c.issuer());
            cn.put("serial", c.serialHex());
            cn.put("notBefore", iso(c.notBefore()));
            cn.put("notAfter", iso(c.notAfter()));
            cn.put("expired", c.expiredAt(now));
            cn.put("keyAlgorithm", c.keyAlgorithm());
            cn.put("keyBits", c.keyBits());
        }
        return o;
    }

    /** The object for a diff: header changes, signer change, records added, removed, changed. */
    public static ObjectNode diff(String oldName, String newName, TrustListDiff d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("old", oldName);
        o.put("new", newName);
        o.put("identical", d.identical());
        o.put("signerChanged", d.signerChanged());
        ArrayNode header = o.putArray("headerChanges");
        d.headerChanges().forEach(c -> header.add(change(c)));
        ArrayNode added = o.putArray("added");
        d.added().forEach(r -> added.add(record(r, d.newFile().checkedAt())));
        ArrayNode removed = o.putArray("removed");
        d.removed().forEach(r -> removed.add(record(r, d.oldFile().checkedAt())));
        ArrayNode changed = o.putArray("changed");
        for (TrustListDiff.RecordChange c : d.changed()) {
            ObjectNode cn = changed.addObject();
            cn.put("oldIndex", c.oldRecord().index());
            cn.put("newIndex", c.newRecord().index());
            cn.put("function", c.newRecord().functionLabel());
            cn.put("subjectName", c.newRecord().subjectName());
            ArrayNode fields = cn.putArray("changes");
            c.changes().forEach(f -> fields.add(change(f)));
        }
        o.put("unchanged", d.unchanged());
        return o;
    }

    private static ObjectNode change(TrustListDiff.FieldChange c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("field", c.field());
        n.put("old", c.oldValue());
        n.put("new", c.newValue());
        return n;
    }

    /** Pretty-printed JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    /** A new empty array node (for several files). */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
