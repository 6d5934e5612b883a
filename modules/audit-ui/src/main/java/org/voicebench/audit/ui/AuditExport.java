package org.voicebench.audit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.report.AuditCsv;
import org.voicebench.audit.report.AuditHtml;
import org.voicebench.audit.report.AuditJson;
import org.voicebench.common.AtomicFiles;
import org.voicebench.ui.ReportExports.Format;

/** The Trust Audit report in each export format (audit-core renders them, as for {@code audit --report}). */
final class AuditExport {

    private AuditExport() {
    }

    /** Blocking: call off the Swing thread. Written atomically. */
    static List<Path> write(AuditReport report, Format format, Path target) throws IOException {
        String text = switch (format) {
            case HTML -> AuditHtml.render(report);
            case CSV -> AuditCsv.write(report);
            case JSON -> AuditJson.write(report);
        };
        return List.of(AtomicFiles.write(target, text));
    }
}
