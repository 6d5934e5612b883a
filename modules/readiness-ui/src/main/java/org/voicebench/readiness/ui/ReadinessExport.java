package org.voicebench.readiness.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.voicebench.common.AtomicFiles;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.readiness.report.ReadinessCsv;
import org.voicebench.readiness.report.ReadinessHtml;
import org.voicebench.readiness.report.ReadinessJson;

/** The report's export formats (readiness-core renders them, as for {@code readiness --report}); written atomically. */
enum ReadinessExport {
    HTML("html"), CSV("csv"), JSON("json");

    private final String extension;

    ReadinessExport(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** @param campaign the last prepare or restore, or null (the JSON holds it) */
    String render(ReadinessReport report, CampaignResult campaign) {
        return switch (this) {
            case HTML -> ReadinessHtml.render(report);
            case CSV -> ReadinessCsv.write(report);
            case JSON -> ReadinessJson.write(report, campaign);
        };
    }

    /** Blocking: call off the Swing thread. */
    Path write(ReadinessReport report, CampaignResult campaign, Path target) throws IOException {
        return AtomicFiles.write(target, render(report, campaign));
    }
}
