package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.ui.ReportExports.Format;

/** The export buttons' rules without a window: the test's thread is the owner, the save dialog answers from a list. */
class ReportExportsTest {

    @TempDir
    Path dir;

    private final OwnerQueue owner = new OwnerQueue();
    private final BackgroundWork work = new BackgroundWork("test", 1, owner);
    private final SaveAnswers dialogs = new SaveAnswers();
    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();
    private volatile ReportExports.Writer shown;

    @AfterEach
    void close() {
        work.close();
    }

    private ReportExports exports() {
        Supplier<ReportExports.Writer> current = () -> shown;
        return new ReportExports("Trust Audit", "trust-audit", List.of(Format.HTML, Format.CSV, Format.JSON), dialogs,
                work, current, ReportExports.Feedback.of(saved::add, failed::add, null));
    }

    /** Writes "FORMAT report" at the target. */
    private static ReportExports.Writer writing(String report) {
        return (format, target) -> List.of(Files.writeString(target, format + " " + report));
    }

    @Test
    void oneNamedButtonPerFormatInOrderDisabledUntilAReportIsShown() {
        ReportExports e = exports();
        List<JButton> b = e.buttons();
        assertEquals(List.of("exportHtml", "exportCsv", "exportJson"), b.stream().map(JButton::getName).toList());
        assertEquals(List.of("Export HTML\u2026", "Export CSV\u2026", "Export JSON\u2026"), b.stream().map(JButton::getText).toList());
        assertTrue(b.stream().noneMatch(JButton::isEnabled));
        e.setEnabled(true);
        assertTrue(b.stream().allMatch(JButton::isEnabled));
    }

    @Test
    void theSaveDialogNamesTheReportAndTheFileIsWrittenOffTheOwnerThread() throws Exception {
        ReportExports e = exports();
        shown = writing("audit");
        Path target = dir.resolve("fleet.csv");
        dialogs.answers.add(target);
        e.exportInteractively(Format.CSV);
        assertEquals(List.of("Export Trust Audit as CSV | trust-audit.csv | csv"), dialogs.asked);
        owner.runUntil("the export", () -> !saved.isEmpty());
        assertEquals(List.of("Saved " + target), saved);
        assertEquals("CSV audit", Files.readString(target));
        assertEquals(List.of(), failed);
    }

    @Test
    void theReportAtTheClickIsWrittenAndNothingWithoutOne() throws Exception {
        ReportExports e = exports();
        e.exportInteractively(Format.HTML);
        assertEquals(List.of(), dialogs.asked, "no report shown: no question");
        assertEquals(List.of(), e.export(Format.HTML, dir.resolve("x.html")).get());

        shown = writing("first");
        CompletableFuture<List<Path>> done = e.export(Format.JSON, dir.resolve("r.json"));
        shown = writing("second");
        owner.runUntil("the export", done::isDone);
        assertEquals(List.of(dir.resolve("r.json")), done.get());
        assertEquals("JSON first", Files.readString(dir.resolve("r.json")), "the report shown when asked");
    }

    @Test
    void aFailedWriteSaysWhichFileAndWhy() throws Exception {
        ReportExports e = exports();
        Path target = dir.resolve("locked.html");
        shown = (format, t) -> {
            throw new AccessDeniedException(t.toString(), null, "read-only share");
        };
        CompletableFuture<List<Path>> done = e.export(Format.HTML, target);
        owner.runUntil("the failure", done::isDone);
        assertEquals(List.of(), done.get());
        assertEquals(List.of("Cannot write " + target + ": " + target + ": read-only share"), failed);
        assertEquals(List.of(), saved);
        assertFalse(Files.exists(target));
    }

    /** Answers save questions in turn, recording "title | suggested name | extension"; the rest is never asked. */
    private static final class SaveAnswers implements Dialogs {
        final List<Path> answers = new CopyOnWriteArrayList<>();
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public Path saveFile(String title, String suggestedName, String extension) {
            asked.add(title + " | " + suggestedName + " | " + extension);
            return answers.isEmpty() ? null : answers.remove(0);
        }

        @Override
        public Path openFile(String title, String extension) {
            throw new AssertionError("not asked by exports");
        }

        @Override
        public Path folder(String title) {
            throw new AssertionError("not asked by exports");
        }

        @Override
        public boolean confirm(String message) {
            throw new AssertionError("not asked by exports");
        }

        @Override
        public String choose(String title, String label, List<String> options) {
            throw new AssertionError("not asked by exports");
        }

        @Override
        public void error(String message) {
            throw new AssertionError("exports show errors in the window, not in a dialog");
        }

        @Override
        public boolean ask(String title, JComponent form, Supplier<String> problem) {
            throw new AssertionError("not asked by exports");
        }
    }
}
