package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
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
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesService;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;

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

    private final Macro macro;
    private final MacroPlayer player;
    private final Dialogs dialogs;
    /** The run (started, then awaited: its progress handle lasts as long) and the exports. */
    private final BackgroundWork work = new BackgroundWork(MacroRunPanel.class.getName(), 2);
    private final ResultsModel results = new ResultsModel();
    private final JTable table = new JTable(results);
    private final JLabel status = new JLabel(" ");
    private final JButton cancel = new JButton();
    private final JButton exportCsv = new JButton();
    private final JButton exportJson = new JButton();
    private final JButton retry = new JButton();
    private volatile MacroRun run;
    /** How the keys go, as chosen when the run started (a retry keeps it). */
    private MacroKeys keys = MacroKeys.WEB;
    /** The current run has ended: a phone's late callback must not overwrite its final row. Swing thread. */
    private boolean over;

    MacroRunPanel(Macro macro, MacroPlayer player, Dialogs dialogs) {
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
        boolean running = work.isRunning();
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
        start(phones, keys);
    }

    /** As {@link #start(List)}, the keys going as {@code how} says (CTI is opened for the run and closed after). */
    void start(List<PhoneEntry> phones, MacroKeys how) {
        over = false;
        keys = how;
        results.starting(phones);
        work.start(Bundle.PROGRESS_Run(macro.name(), phones.size()), this::cancel, ctx -> {
            ctx.determinate(phones.size());
            RunOptions options = RunOptions.defaults().withListener(new Listener(ctx, phones.size()));
            try (MacroKeys.Opened opened = how.open(macro.destructive() ? options.withConfirmation() : options)) {
                MacroRun started = player.start(macro, phones, opened.options());
                run = started;
                return started.await();
            }
        }, this::finished, e -> {
            LOG.log(Level.INFO, "macro " + macro.name() + " not run", e);
            buttons();
            dialogs.error(Bundle.ERR_Start(e.getMessage()));
        });
        buttons();
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
            start(failed, keys);
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
        work.post(null, ctx -> AtomicFiles.write(file, json ? ResultsExport.json(macro.name(), done) : ResultsExport.csv(done)),
                written -> status.setText(Bundle.STATUS_Exported(written)),
                e -> dialogs.error(Bundle.ERR_Export(e.getMessage())));
    }

    /** Every phone ended ({@code all}: in the order of the phone list). */
    private void finished(List<PhoneResult> all) {
        over = true;
        all.forEach(results::finished);
        long ok = all.stream().filter(r -> r.outcome().succeeded()).count();
        status.setText(Bundle.STATUS_Done(ok, all.size(), counts(all)));
        buttons();
        PhonesService phones = PhonesService.getDefault();
        if (phones != null) { // the Phones window's status and ITL columns show what the macro did
            phones.refreshStatus(results.phones().stream()
                    .filter(p -> all.stream().anyMatch(r -> r.touched() && r.address().equals(p.address().toString())))
                    .toList());
            Map<PhoneAddress, KeyTransport> used = new LinkedHashMap<>();
            all.stream().filter(PhoneResult::touched)
                    .forEach(r -> used.put(PhoneAddress.parse(r.address()), r.transport()));
            phones.keysUsed(used);
        }
    }

    /** The player's callbacks (on its threads), handed to the Swing thread. */
    private final class Listener implements MacroRunListener {
        private final BackgroundWork.Context run;
        private final int total;
        private final AtomicInteger succeeded = new AtomicInteger();

        Listener(BackgroundWork.Context run, int total) {
            this.run = run;
            this.total = total;
        }

        @Override
        public void phoneStarted(PhoneEntry phone) {
            run.later(() -> results.started(phone));
        }

        @Override
        public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
            run.later(() -> results.step(phone, step, steps));
        }

        @Override
        public void phoneFinished(PhoneResult result, int finished, int all) {
            int ok = result.outcome().succeeded() ? succeeded.incrementAndGet() : succeeded.get();
            String text = Bundle.STATUS_Progress(finished, total, ok);
            run.progress(text, finished);
            run.later(() -> {
                if (over) {
                    return; // came after the run's end, whose list already had it
                }
                results.finished(result);
                status.setText(text);
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
        return work.isRunning();
    }

    List<PhoneResult> results() {
        return results.results();
    }
}
