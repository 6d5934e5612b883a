package org.voicebench.cli.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.report.AuditCsv;
import org.voicebench.audit.report.AuditHtml;
import org.voicebench.audit.report.AuditJson;
import org.voicebench.common.AtomicFiles;

/** {@code --report FILE}: HTML by default, CSV or JSON by the file's extension, replaced atomically. */
public final class ReportFile {

    private final Path file;

    ReportFile(Path file) {
        this.file = file;
    }

    /** Checked before the audit, so that an hour's run does not end in "no such folder". */
    void checkFolder() throws InputError {
        checkFolder(file, "report");
    }

    /** @param what the file's role, for the message ("report", "journal") */
    public static void checkFolder(Path file, String what) throws InputError {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputError(file + ": the " + what + "'s folder does not exist", null);
        }
    }

    void write(AuditReport report) throws InputError {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".csv") ? AuditCsv.write(report)
                : name.endsWith(".json") ? AuditJson.write(report) : AuditHtml.render(report);
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new InputError(file + ": cannot write the report: " + e.getMessage(), e);
        }
    }
}
