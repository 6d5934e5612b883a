package org.voicebench.certcheck.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.WeakListeners;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.PlatformDialogs;
import org.voicebench.ui.ReportExports;
import org.voicebench.ui.ReportExports.Format;

/**
 * The Trust Check window's content: the inputs, Run/Cancel, the result and the exports. A check
 * runs on a background thread with a progress handle; cancelling interrupts it (downloads and
 * captures end) and keeps the result shown before. Failures show as one line naming the file or host.
 */
@Messages({
    "BTN_Run=&Run Check", "BTN_Cancel=Ca&ncel", "BTN_FromLab=From Phone &Lab",
    "TIP_FromLab=Fill in the running Phone Lab: the ITL its phones were given, its publisher's ITL and its nodes' TLS services",
    "# {0} - reason", "ERR_FromLab=Cannot use the Phone Lab: {0}",
    "# {0} - phone trust list", "PROGRESS_Checking=Checking {0} against the cluster",
    "STATUS_Running=Checking...",
    "STATUS_Cancelled=Cancelled; the result shown is from the previous check.",
    "# {0} - verdict", "# {1} - count", "STATUS_Done={0}: {1} findings.",
    "# {0} - problem", "ERR_CannotCheck=Cannot check: {0}",
    "# {0} - error", "ERR_Unexpected=The check failed unexpectedly: {0} (details in the log)",
    "REPORT_Name=Trust Check",
    "ACSN_Error=Problem", "ACSN_Status=Status"
})
public final class TrustCheckPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(TrustCheckPanel.class.getName());
    private static final String EXPORT_KEY = "org.voicebench.certcheck.ui.export";

    private final CheckRunner runner;
    /** The check (Cancel interrupts it and drops its result); reading the lab's ITLs and exports beside it. */
    private final BackgroundWork work = new BackgroundWork(TrustCheckPanel.class.getName(), 2);
    private final Dialogs dialogs = new PlatformDialogs(EXPORT_KEY);
    private final InputsPanel inputs = new InputsPanel();
    private final ResultsPanel results = new ResultsPanel();
    private final JButton run = new JButton();
    private final JButton cancel = new JButton();
    private final ReportExports exports;
    private final JButton fromLab = new JButton();
    private final PhoneLabService lab;
    private final Path labDir;
    private final ChangeListener labListener = e -> SwingUtilities.invokeLater(this::updateButtons);
    private final JLabel status = new JLabel(" ");
    private final JLabel error = new JLabel(" ");

    /** A panel without the Phone Lab button. */
    public TrustCheckPanel(CheckRunner runner) {
        this(runner, null, null);
    }

    /**
     * @param lab the Phone Lab whose cluster "From Phone Lab" checks, or null for no such button
     * @param labDir where that button saves the ITL the lab's phones hold
     */
    public TrustCheckPanel(CheckRunner runner, PhoneLabService lab, Path labDir) {
        super(new BorderLayout());
        this.runner = runner;
        this.lab = lab;
        this.labDir = labDir;
        Mnemonics.setLocalizedText(run, Bundle.BTN_Run());
        Mnemonics.setLocalizedText(cancel, Bundle.BTN_Cancel());
        run.addActionListener(e -> runCheck());
        cancel.addActionListener(e -> cancelCheck());
        exports = new ReportExports(Bundle.REPORT_Name(), "trust-check", List.of(Format.HTML, Format.JSON, Format.CSV),
                dialogs, work, this::reportWriter, ReportExports.Feedback.of(status::setText, this::showError, null));
        Mnemonics.setLocalizedText(fromLab, Bundle.BTN_FromLab());
        fromLab.setToolTipText(Bundle.TIP_FromLab());
        fromLab.addActionListener(e -> fillFromLab());
        error.setForeground(new Color(0xB71C1C));
        error.getAccessibleContext().setAccessibleName(Bundle.ACSN_Error());
        status.getAccessibleContext().setAccessibleName(Bundle.ACSN_Status());

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        buttons.add(run);
        buttons.add(cancel);
        exports.buttons().forEach(buttons::add);
        if (lab != null) {
            buttons.add(fromLab);
            lab.addChangeListener(WeakListeners.change(labListener, lab));
        }
        buttons.add(status);
        JPanel north = new JPanel(new BorderLayout());
        north.add(inputs, BorderLayout.NORTH);
        north.add(buttons, BorderLayout.CENTER);
        error.setBorder(BorderFactory.createEmptyBorder(0, 10, 4, 10));
        north.add(error, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        add(results, BorderLayout.CENTER);
        updateButtons();
    }

    /** Sets the phone's trust list, e.g. from the inspector's "Check against cluster...". */
    public void presetPhoneList(Path file) {
        inputs.setPhoneList(file);
    }

    /** Fills the inputs from the running lab's cluster (writing the phones' ITL off the Swing thread). */
    void fillFromLab() {
        Optional<ClusterDescription> cluster = lab.cluster();
        if (cluster.isEmpty()) {
            return;
        }
        work.post(null, ctx -> LabClusterInputs.of(cluster.get(), labDir), in -> {
            inputs.fill(in);
            error.setText(" ");
        }, e -> {
            String message = Bundle.ERR_FromLab(e.getMessage());
            LOG.log(Level.INFO, message, e);
            showError(message);
        });
    }

    /** Starts a check with the form's inputs; a bad input is shown and nothing runs. */
    void runCheck() {
        CheckInputs in;
        try {
            in = inputs.read();
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        error.setText(" ");
        status.setText(Bundle.STATUS_Running());
        work.start(Bundle.PROGRESS_Checking(in.phoneList().name()), this::cancelCheck, ctx -> {
            return runner.run(in, ctx::step);
        }, this::finished, this::failed);
        updateButtons();
    }

    /** Stops the running check; its result, if it still comes, is dropped. */
    void cancelCheck() {
        if (work.cancel()) {
            // the progress handle is finished by the interrupted thread, once it returns
            status.setText(Bundle.STATUS_Cancelled());
            updateButtons();
        }
    }

    private void finished(CheckRunner.Outcome outcome) {
        TrustCheckReport r = outcome.report();
        results.show(r);
        status.setText(Bundle.STATUS_Done(r.verdict().name(), r.findings().size()));
        error.setText(outcome.notes().isEmpty() ? " " : String.join("; ", outcome.notes()));
        updateButtons();
    }

    private void failed(Exception e) {
        if (e instanceof CheckRunner.CheckFailure) {
            LOG.log(Level.INFO, e.getMessage());
            LOG.log(Level.FINE, null, e);
            showError(Bundle.ERR_CannotCheck(e.getMessage()));
        } else {
            // a bug, not the user's input: the trace goes to the log, the window says so in one line
            LOG.log(Level.WARNING, "trust check failed", e);
            showError(Bundle.ERR_Unexpected(e.toString()));
        }
        status.setText(" ");
        updateButtons();
    }

    /** Writes the report shown now, or null while there is none. */
    private ReportExports.Writer reportWriter() {
        TrustCheckReport report = results.report();
        return report == null ? null : (format, target) -> ReportExport.write(report, format, target);
    }

    /** Writes the shown report off the Swing thread; completes with the files written (empty after a failure, shown). */
    CompletableFuture<List<Path>> export(Format format, Path target) {
        return exports.export(format, target);
    }

    private void showError(String message) {
        error.setText(message);
    }

    private void updateButtons() {
        boolean busy = work.isRunning();
        boolean shown = results.report() != null;
        run.setEnabled(!busy);
        cancel.setEnabled(busy);
        exports.setEnabled(shown);
        fromLab.setEnabled(lab != null && lab.cluster().isPresent());
    }

    ResultsPanel results() {
        return results;
    }

    InputsPanel inputs() {
        return inputs;
    }

    String errorText() {
        return error.getText();
    }

    String statusText() {
        return status.getText();
    }

    boolean isRunning() {
        return work.isRunning();
    }
}
