package org.voicebench.cli.readiness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.voicebench.cli.audit.InputError;
import org.voicebench.common.AtomicFiles;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.readiness.report.ReadinessCsv;
import org.voicebench.readiness.report.ReadinessHtml;
import org.voicebench.readiness.report.ReadinessJson;

/** {@code --report FILE}: HTML by default, CSV or JSON by the file's extension, replaced atomically. */
final class ReadinessReportFile {

    private ReadinessReportFile() {
    }

    static void write(Path file, ReadinessReport report, CampaignResult campaign) throws InputError {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".csv") ? ReadinessCsv.write(report)
                : name.endsWith(".json") ? ReadinessJson.write(report, campaign) : ReadinessHtml.render(report);
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new InputError(file + ": cannot write the report: " + e.getMessage(), e);
        }
    }
}
