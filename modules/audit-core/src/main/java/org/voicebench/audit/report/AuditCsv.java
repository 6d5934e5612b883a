package org.voicebench.audit.report;

import java.util.List;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.common.CsvCell;

/**
 * The audit as CSV, one line per phone, for spreadsheets and change tickets: {@link #COLUMNS}, then one column per
 * installed {@link ReportColumn}.
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
public final class AuditCsv {

    public static final List<String> COLUMNS = List.of("address", "name", "group", "model", "firmware", "tftp_server",
            "found", "phone_itl_hash", "recovery", "plan", "macro_outcome", "state", "reason", "cluster_itl_file");

    private AuditCsv() {
    }

    /** The report with VoiceBench's columns and those of the {@link ReportColumn#installed() installed} columns. */
    public static String write(AuditReport report) {
        return write(report, ReportColumn.installed());
    }

    /**
     * The report with VoiceBench's {@link #COLUMNS}, then these extra columns (headed by their ids; the first of
     * each id).
     *
     * @since VoiceBench 0.1 (audit-core 0.1.0)
     */
    public static String write(AuditReport report, List<ReportColumn> extra) {
        List<ReportColumn> columns = ReportColumns.distinct(extra);
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS));
        columns.forEach(c -> out.append(',').append(CsvCell.of(c.id())));
        out.append("\r\n");
        for (AuditRow row : report.rows()) {
            PhoneAudit p = row.phone();
            List<String> cells = List.of(p.address(), p.phone().name(), p.phone().group(), p.model(), p.firmware(),
                    p.tftpServer(), p.state().name(), nullToEmpty(p.assessment().phoneHash()),
                    p.recovery() == null ? "" : p.recovery().name(),
                    row.plan() == null ? "" : row.plan().action().name(),
                    row.macro() == null ? "" : row.macro().outcome().name(), row.state().name(), row.reason(),
                    p.clusterItlFile());
            out.append(String.join(",", cells.stream().map(CsvCell::of).toList()));
            columns.forEach(c -> out.append(',').append(CsvCell.of(ReportColumns.value(c, row))));
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
