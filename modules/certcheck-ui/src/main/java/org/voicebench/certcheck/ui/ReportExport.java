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

/** The export formats of a report and how each is written (atomically). Headless. */
public enum ReportExport {
    HTML("html"),
    JSON("json"),
    /** The findings at the chosen name, the certificate matrix next to it as {@code NAME-certificates.csv}. */
    CSV("csv");

    private final String extension;

    ReportExport(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Writes the report; returns the files written. */
    public List<Path> write(TrustCheckReport report, Path target) throws IOException {
        return switch (this) {
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
