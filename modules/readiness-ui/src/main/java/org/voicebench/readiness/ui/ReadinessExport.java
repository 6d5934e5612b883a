package org.voicebench.readiness.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.voicebench.common.AtomicFiles;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.readiness.report.ReadinessCsv;
import org.voicebench.readiness.report.ReadinessHtml;
import org.voicebench.readiness.report.ReadinessJson;
import org.voicebench.ui.ReportExports.Format;

/** The readiness report in each export format (readiness-core renders them, as for {@code readiness --report}). */
final class ReadinessExport {

    private ReadinessExport() {
    }

    /**
     * Blocking: call off the Swing thread. Written atomically.
     *
     * @param campaign the last prepare or restore, or null (the JSON holds it)
     */
    static List<Path> write(ReadinessReport report, CampaignResult campaign, Format format, Path target)
            throws IOException {
        String text = switch (format) {
            case HTML -> ReadinessHtml.render(report);
            case CSV -> ReadinessCsv.write(report);
            case JSON -> ReadinessJson.write(report, campaign);
        };
        return List.of(AtomicFiles.write(target, text));
    }
}
