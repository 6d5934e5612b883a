package org.voicebench.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.PhoneAudit;

/**
 * The audit as JSON: the CLI's {@code --json} output and the window's JSON export (the same keys). The
 * keys are a contract scripts rely on: add, never rename or remove. Each phone's {@code "extra"} object holds the
 * values of the installed {@link ReportColumn}s by id (empty when none is installed).
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
public final class AuditJson {

    /** The format name and version. */
    public static final String FORMAT = "voicebench-audit/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AuditJson() {
    }

    /** The report with the {@link ReportColumn#installed() installed} columns in each phone's {@code "extra"}. */
    public static String write(AuditReport report) {
        return write(report, ReportColumn.installed());
    }

    /**
     * The report with these columns' values in each phone's {@code "extra"} object.
     *
     * @since VoiceBench 0.1 (audit-core 0.1.0)
     */
    public static String write(AuditReport report, List<ReportColumn> extra) {
        List<ReportColumn> columns = ReportColumns.distinct(extra);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        ArrayNode itls = root.putArray("clusterItls");
        report.clusterItls().forEach(itls::add);
        root.put("fixRun", report.fixRun());
        root.put("phoneCount", report.rows().size());
        root.put("allTrusted", report.allTrusted());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((state, n) -> counts.put(state.name(), n));
        ArrayNode phones = root.putArray("phones");
        for (AuditRow row : report.rows()) {
            ObjectNode phone = phones.addObject();
            phone(row, phone);
            ObjectNode values = phone.putObject("extra");
            for (ReportColumn c : columns) {
                String v = ReportColumns.value(c, row);
                if (v.isEmpty()) {
                    values.putNull(c.id());
                } else {
                    values.put(c.id(), v);
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void phone(AuditRow row, ObjectNode n) {
        PhoneAudit p = row.phone();
        n.put("address", p.address());
        n.put("name", p.phone().name());
        n.put("group", p.phone().group());
        n.put("model", p.model());
        n.put("firmware", p.firmware());
        n.put("tftpServer", p.tftpServer());
        n.put("clusterItl", p.clusterItl());
        n.put("clusterItlFile", p.clusterItlFile());
        n.put("found", p.state().name());
        n.put("foundReason", p.assessment().reason());
        n.put("phoneItlHash", p.assessment().phoneHash());
        n.put("recovery", p.recovery() == null ? null : p.recovery().name());
        n.put("recoveryNote", p.recoveryNote());
        n.put("plan", row.plan() == null ? null : row.plan().action().name());
        n.put("planReason", row.plan() == null ? null : row.plan().reason());
        n.put("planKeys", row.plan() == null || !row.plan().acts() ? null : row.plan().transport().id());
        if (row.macro() == null) {
            n.putNull("macro");
        } else {
            ObjectNode m = n.putObject("macro");
            m.put("name", row.plan() == null ? "" : row.plan().macro());
            m.put("outcome", row.macro().outcome().name());
            m.put("step", row.macro().step());
            m.put("message", row.macro().message());
            m.put("transport", row.macro().transport().id());
        }
        n.put("after", row.after() == null ? null : row.after().state().name());
        ArrayNode done = n.putArray("actions");
        row.done().forEach(a -> done.add(a.name()));
        n.put("erasedOnTrust", row.erased());
        n.put("state", row.state().name());
        n.put("reason", row.reason());
    }
}
