package org.voicebench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;

/**
 * A window's report exports: one Export button per format; each asks where to save, writes off the owner thread (the
 * writer writes atomically, so a reader never sees half a file) and tells the window what was saved or why not. Every
 * window with a report (Trust Check, Trust Audit, Readiness) uses one, so they look and behave alike. Swing thread.
 */
@Messages({
    "BTN_ExportHtml=Export &HTML\u2026", "BTN_ExportCsv=Export &CSV\u2026", "BTN_ExportJson=Export &JSON\u2026",
    "# {0} - the report's name", "# {1} - the format", "TITLE_Export=Export {0} as {1}",
    "# {0} - the files", "STATUS_Saved=Saved {0}",
    "# {0} - file", "# {1} - reason", "ERR_CannotWrite=Cannot write {0}: {1}"
})
public final class ReportExports {

    private static final Logger LOG = Logger.getLogger(ReportExports.class.getName());

    /** The formats, with the extension of their files. */
    public enum Format {
        HTML, CSV, JSON;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        String buttonText() {
            return switch (this) {
                case HTML -> Bundle.BTN_ExportHtml();
                case CSV -> Bundle.BTN_ExportCsv();
                case JSON -> Bundle.BTN_ExportJson();
            };
        }
    }

    /** Writes the report the window shows now; blocking, called off the owner thread. */
    @FunctionalInterface
    public interface Writer {
        /** @return the files written (a format may write more than one) */
        List<Path> write(Format format, Path target) throws IOException;
    }

    /** Where the outcome shows, on the owner thread. */
    public interface Feedback {
        /** {@code text}: "Saved FILE" (the status line, the Output window). */
        void saved(String text);

        /** {@code message}: which file could not be written and why (the error line). */
        void failed(String message);

        /**
         * The usual feedback: the status line says what was saved, the error line why not, and the window's Output
         * tab (when it has one, else null) both.
         */
        static Feedback of(Consumer<String> status, Consumer<String> error, OutputLog output) {
            return new Feedback() {
                @Override
                public void saved(String text) {
                    status.accept(text);
                    if (output != null) {
                        output.line(text);
                    }
                }

                @Override
                public void failed(String message) {
                    error.accept(message);
                    if (output != null) {
                        output.error(message);
                    }
                }
            };
        }
    }

    private final String reportName;
    private final String fileBase;
    private final Dialogs dialogs;
    private final BackgroundWork work;
    private final Supplier<Writer> current;
    private final Feedback feedback;
    private final List<JButton> buttons = new ArrayList<>();

    /**
     * @param reportName the report's name in the save dialogs' titles ("Trust Audit")
     * @param fileBase the suggested file name without extension ("trust-audit")
     * @param formats the buttons, in this order
     * @param current a writer of the report shown now, or null while there is none
     */
    public ReportExports(String reportName, String fileBase, List<Format> formats, Dialogs dialogs, BackgroundWork work,
            Supplier<Writer> current, Feedback feedback) {
        this.reportName = reportName;
        this.fileBase = fileBase;
        this.dialogs = dialogs;
        this.work = work;
        this.current = current;
        this.feedback = feedback;
        for (Format f : formats) {
            JButton b = new JButton();
            b.setName("export" + f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT));
            Mnemonics.setLocalizedText(b, f.buttonText());
            b.addActionListener(e -> exportInteractively(f));
            b.setEnabled(false);
            buttons.add(b);
        }
    }

    /** The buttons, in the order given, for the window's button row. */
    public List<JButton> buttons() {
        return List.copyOf(buttons);
    }

    /** Enables the buttons while a report is shown and nothing runs. */
    public void setEnabled(boolean enabled) {
        buttons.forEach(b -> b.setEnabled(enabled));
    }

    /** Asks where to save, then exports; nothing when no report is shown or the dialog is cancelled. */
    void exportInteractively(Format format) {
        if (current.get() == null) {
            return;
        }
        Path target = dialogs.saveFile(Bundle.TITLE_Export(reportName, format.name()), fileBase + "." + format.extension(),
                format.extension());
        if (target != null) {
            export(format, target);
        }
    }

    /**
     * Writes the report shown now in the background.
     *
     * @return completes with the files written; empty when there was no report or after a failure (told)
     */
    public CompletableFuture<List<Path>> export(Format format, Path target) {
        Writer writer = current.get();
        CompletableFuture<List<Path>> done = new CompletableFuture<>();
        if (writer == null) {
            done.complete(List.of());
            return done;
        }
        work.post(null, ctx -> writer.write(format, target), written -> {
            feedback.saved(Bundle.STATUS_Saved(String.join(", ", written.stream().map(Path::toString).toList())));
            done.complete(written);
        }, e -> {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            String message = Bundle.ERR_CannotWrite(target, reason);
            LOG.log(Level.INFO, message, e);
            feedback.failed(message);
            done.complete(List.of());
        });
        return done;
    }
}
