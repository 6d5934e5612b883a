package org.voicebench.certcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.report.ReportCsv;
import org.voicebench.certcheck.report.ReportHtml;
import org.voicebench.certcheck.report.ReportJson;
import org.voicebench.common.AtomicFiles;
import org.voicebench.ui.ReportExports.Format;

/** The Trust Check report in each export format, written atomically. Headless. */
final class ReportExport {

    private ReportExport() {
    }

    /**
     * Writes the report; CSV writes the findings at {@code target} and the certificate matrix next to it as
     * {@code NAME-certificates.csv}.
     *
     * @return the files written
     */
    static List<Path> write(TrustCheckReport report, Format format, Path target) throws IOException {
        return switch (format) {
            case HTML -> List.of(AtomicFiles.write(target, ReportHtml.render(report)));
            case JSON -> List.of(AtomicFiles.write(target, ReportJson.write(report)));
            case CSV -> List.of(AtomicFiles.write(target, ReportCsv.findings(report)),
                    AtomicFiles.write(certificatesFile(target), ReportCsv.certificates(report)));
        };
    }

    /** {@code report.csv} gives {@code report-certificates.csv}. */
    static Path certificatesFile(Path findings) {
        String name = findings.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return findings.resolveSibling(base + "-certificates.csv");
    }
}
