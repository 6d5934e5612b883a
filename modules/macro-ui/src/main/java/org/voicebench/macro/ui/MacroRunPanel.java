package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.voicebench.common.AtomicFiles;
import org.voicebench.macro.Macro;
import org.voicebench.macro.Step;
import org.voicebench.macro.run.MacroPlayer;
import org.voicebench.macro.run.MacroRun;
import org.voicebench.macro.run.MacroRunListener;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.macro.run.ResultsExport;
import org.voicebench.macro.run.RunOptions;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesService;

/**
 * One macro's runs on a set of phones: the live results table, a progress handle that cancels, Cancel,
 * Export CSV/JSON and Retry Failed. The player works on its own threads; its callbacks are handed to the Swing
 * thread here. One run at a time: the buttons follow.
 */
@Messages({
    "BTN_Cancel=&Cancel", "BTN_ExportCsv=Export &CSV\u2026", "BTN_ExportJson=Export &JSON\u2026",
    "BTN_RetryFailed=&Retry Failed",
    "TITLE_ExportCsv=Export Results as CSV", "TITLE_ExportJson=Export Results as JSON",
    "ACSN_Results=Macro results",
    "# {0} - macro", "# {1} - phones", "PROGRESS_Run=Running macro {0} on {1} phone(s)",
    "# {0} - done", "# {1} - total", "# {2} - succeeded", "STATUS_Progress={0} of {1} phone(s) done, {2} succeeded",
    "# {0} - succeeded", "# {1} - total", "# {2} - counts", "STATUS_Done=Finished: {0} of {1} phone(s) succeeded ({2}).",
    "STATUS_Cancelling=Cancelling: phones in progress stop at their next step\u2026",
    "# {0} - file", "STATUS_Exported=Results written to {0}",
    "# {0} - reason", "ERR_Start=The macro could not be started: {0}",
    "# {0} - reason", "ERR_Export=The results could not be written: {0}"
})
final class MacroRunPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(MacroRunPanel.class.getName());
    private static final RequestProcessor RP = new RequestProcessor(MacroRunPanel.class.getName(), 2, true);

    private final Macro macro;
    private final MacroPlayer player;
    private final MacroDialogs dialogs;
    private final ResultsModel results = new ResultsModel();
    private final JTable table = new JTable(results);
    private final JLabel status = new JLabel(" ");
    private final JButton cancel = new JButton();
    private final JButton exportCsv = new JButton();
    private final JButton exportJson = new JButton();
    private final JButton retry = new JButton();
    private volatile MacroRun run;
    private boolean running;

    MacroRunPanel(Macro macro, MacroPlayer player, MacroDialogs dialogs) {
        super(new BorderLayout());
        this.macro = macro;
        this.player = player;
        this.dialogs = dialogs;
        table.setName("results");
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_Results());
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        setUp(bar, cancel, Bundle.BTN_Cancel(), this::cancel);
        bar.addSeparator();
        setUp(bar, exportCsv, Bundle.BTN_ExportCsv(), () -> export(false));
        setUp(bar, exportJson, Bundle.BTN_ExportJson(), () -> export(true));
        bar.addSeparator();
        setUp(bar, retry, Bundle.BTN_RetryFailed(), this::retryFailed);
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        buttons();
    }

    private static void setUp(JToolBar bar, JButton b, String text, Runnable action) {
        Mnemonics.setLocalizedText(b, text);
        b.addActionListener(e -> action.run());
        bar.add(b);
    }

    private void buttons() {
        cancel.setEnabled(running);
        boolean any = !results.results().isEmpty();
        exportCsv.setEnabled(!running && any);
        exportJson.setEnabled(!running && any);
        retry.setEnabled(!running && results.results().stream().anyMatch(r -> !r.outcome().succeeded()));
    }

    Macro macro() {
        return macro;
    }

    /**
     * Runs the macro on the phones; a destructive macro must have been confirmed for them. Swing thread; the
     * player is started off it.
     */
    void start(List<PhoneEntry> phones) {
        running = true;
        results.starting(phones);
        buttons();
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.PROGRESS_Run(macro.name(), phones.size()), () -> {
            cancel();
            return true;
        });
        progress.start(phones.size());
        RunOptions options = RunOptions.defaults().withListener(new Listener(progress, phones.size()));
        RP.post(() -> {
            try {
                run = player.start(macro, phones, macro.destructive() ? options.withConfirmation() : options);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "macro " + macro.name() + " not started", e);
                SwingUtilities.invokeLater(() -> {
                    progress.finish();
                    running = false;
                    buttons();
                    dialogs.error(Bundle.ERR_Start(e.getMessage()));
                });
            }
        });
    }

    /** Cancels the run in progress, if any (the window closed). */
    void cancelRun() {
        cancel();
    }

    private void cancel() {
        MacroRun r = run;
        if (r != null && !r.isDone()) {
            r.cancel();
            SwingUtilities.invokeLater(() -> status.setText(Bundle.STATUS_Cancelling()));
        }
    }

    private void retryFailed() {
        List<PhoneEntry> failed = MacroPlayer.failed(results.phones(), results.results());
        if (!failed.isEmpty() && RunConfirmation.confirmed(macro, failed.size(), dialogs)) {
            start(failed);
        }
    }

    private void export(boolean json) {
        List<PhoneResult> done = results.results();
        String base = macro.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-results";
        Path file = json ? dialogs.saveFile(Bundle.TITLE_ExportJson(), base + ".json", "json")
                : dialogs.saveFile(Bundle.TITLE_ExportCsv(), base + ".csv", "csv");
        if (file == null) {
            return;
        }
        RP.post(() -> {
            try {
                Path written = AtomicFiles.write(file, json ? ResultsExport.json(macro.name(), done) : ResultsExport.csv(done));
                SwingUtilities.invokeLater(() -> status.setText(Bundle.STATUS_Exported(written)));
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> dialogs.error(Bundle.ERR_Export(e.getMessage())));
            }
        });
    }

    /** The player's callbacks, handed to the Swing thread. */
    private final class Listener implements MacroRunListener {
        private final ProgressHandle progress;
        private final int total;
        private int succeeded;
        private boolean over;

        Listener(ProgressHandle progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void phoneStarted(PhoneEntry phone) {
            SwingUtilities.invokeLater(() -> results.started(phone));
        }

        @Override
        public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
            SwingUtilities.invokeLater(() -> results.step(phone, step, steps));
        }

        @Override
        public void phoneFinished(PhoneResult result, int finished, int all) {
            SwingUtilities.invokeLater(() -> {
                if (over) {
                    return; // came after runFinished, whose list already had it
                }
                results.finished(result);
                if (result.outcome().succeeded()) {
                    succeeded++;
                }
                progress.progress(Bundle.STATUS_Progress(finished, total, succeeded), Math.min(finished, total));
                status.setText(Bundle.STATUS_Progress(finished, total, succeeded));
            });
        }

        @Override
        public void runFinished(List<PhoneResult> all) {
            // queued after the phoneFinished calls already handed over; a late one updates its row after this
            SwingUtilities.invokeLater(() -> {
                over = true;
                all.forEach(results::finished);
                progress.finish();
                running = false;
                long ok = all.stream().filter(r -> r.outcome().succeeded()).count();
                status.setText(Bundle.STATUS_Done(ok, all.size(), counts(all)));
                buttons();
                PhonesService phones = PhonesService.getDefault();
                if (phones != null) { // the Phones window's status and ITL columns show what the macro did
                    phones.refreshStatus(results.phones().stream()
                            .filter(p -> all.stream().anyMatch(r -> r.touched() && r.address().equals(p.address().toString())))
                            .toList());
                }
            });
        }
    }

    private static String counts(List<PhoneResult> all) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Outcome, Integer> e : ResultsExport.counts(all).entrySet()) {
            if (e.getValue() > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(e.getKey().name()).append(' ').append(e.getValue());
            }
        }
        return b.toString();
    }

    // --- for tests ---

    JTable table() {
        return table;
    }

    String statusText() {
        return status.getText();
    }

    boolean running() {
        return running;
    }

    List<PhoneResult> results() {
        return results.results();
    }
}
