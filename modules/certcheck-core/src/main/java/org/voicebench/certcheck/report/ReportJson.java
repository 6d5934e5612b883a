package org.voicebench.certcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.RecordRef;
import org.voicebench.certcheck.RecordRow;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.json.TrustListJson;

/**
 * A trust check as JSON: {@code compare --json} and the Trust Check window's Export JSON. Keys are a
 * contract with users' scripts: add, never rename.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /** The report as an object. */
    public static ObjectNode of(TrustCheckReport r) {
        ObjectNode o = NODES.objectNode();
        o.put("verdict", r.verdict().name());
        o.put("checkedAt", r.checkedAt().toString());
        o.set("phoneList", file(r.phoneList()));
        o.set("clusterList", file(r.clusterList()));
        o.set("configFile", file(r.configFile()));
        ArrayNode reasoning = o.putArray("reasoning");
        r.reasoning().forEach(reasoning::add);
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            findings.add(finding(f));
        }
        ArrayNode certificates = o.putArray("certificates");
        for (CertificateRow row : r.certificates()) {
            ObjectNode c = certificate(row.certificate());
            c.put("status", row.status().name());
            ArrayNode records = c.putArray("records");
            row.records().forEach(records::add);
            c.put("detail", row.detail());
            certificates.add(c);
        }
        ArrayNode records = o.putArray("records");
        for (RecordRow row : r.records()) {
            records.add(record(row));
        }
        return o;
    }

    /** The report as indented JSON text. */
    public static String write(TrustCheckReport r) {
        return TrustListJson.write(of(r));
    }

    private static ObjectNode file(TrustList list) {
        if (list == null) {
            return null;
        }
        ObjectNode o = NODES.objectNode();
        o.put("file", list.source());
        o.put("type", list.type().name());
        o.put("size", list.size());
        o.put("md5", list.hashes().md5());
        o.put("sha1", list.hashes().sha1());
        o.put("sha256", list.hashes().sha256());
        return o;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode o = NODES.objectNode();
        o.put("code", f.code().name());
        o.put("severity", f.severity().name());
        o.put("message", f.message());
        o.put("remedy", f.remedy());
        ArrayNode records = o.putArray("records");
        for (RecordRef ref : f.records()) {
            records.addObject().put("list", ref.list()).put("index", ref.index());
        }
        ArrayNode certificates = o.putArray("certificates");
        f.certificates().forEach(c -> certificates.add(certificate(c)));
        return o;
    }

    private static ObjectNode certificate(ClusterCertificate c) {
        CertificateInfo info = c.certificate();
        ObjectNode o = NODES.objectNode();
        o.put("role", c.role().label());
        o.put("node", c.node());
        o.put("subject", info.subject());
        o.put("serial", info.serialHex());
        o.put("sha1", info.sha1());
        o.put("sha256", info.sha256());
        o.put("notAfter", info.notAfter().toString());
        ArrayNode sources = o.putArray("sources");
        c.sources().forEach(sources::add);
        return o;
    }

    private static ObjectNode record(RecordRow row) {
        ObjectNode o = NODES.objectNode();
        o.put("index", row.record().index());
        o.put("function", row.record().functionLabel());
        o.put("dnsName", row.record().dnsName());
        o.put("subjectName", row.record().subjectName());
        CertificateInfo info = row.record().certificate();
        o.put("sha256", info == null ? null : info.sha256());
        o.put("status", row.status().name());
        if (row.match() == null) {
            o.putNull("match");
        } else {
            o.putObject("match").put("role", row.match().role().label()).put("node", row.match().node())
                    .put("sha256", row.match().sha256());
        }
        o.put("detail", row.detail());
        return o;
    }
}
