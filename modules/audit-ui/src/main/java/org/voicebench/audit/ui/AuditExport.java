package org.voicebench.audit.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.report.AuditCsv;
import org.voicebench.audit.report.AuditHtml;
import org.voicebench.audit.report.AuditJson;
import org.voicebench.common.AtomicFiles;

/** The report's export formats (audit-core renders them); written atomically so a reader never sees half a file. */
enum AuditExport {
    HTML("html"), CSV("csv"), JSON("json");

    private final String extension;

    AuditExport(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    String render(AuditReport report) {
        return switch (this) {
            case HTML -> AuditHtml.render(report);
            case CSV -> AuditCsv.write(report);
            case JSON -> AuditJson.write(report);
        };
    }

    /** Blocking: call off the Swing thread. */
    Path write(AuditReport report, Path target) throws IOException {
        return AtomicFiles.write(target, render(report));
    }
}
