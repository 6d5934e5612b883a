package org.voicebench.personalize.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.personalize.Fit;
import org.voicebench.personalize.PushOutcome;
import org.voicebench.personalize.PushReport;
import org.voicebench.personalize.PushResult;
import org.voicebench.personalize.PushSettings;
import org.voicebench.personalize.RingTone;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.Personalization;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.FormRows;
import org.voicebench.ui.OutputLog;

/**
 * The Personalize window's content: the picture, ring tone, fit, serve address (and, where CTI is configured, how the
 * objects go), a preview per model of the selected phones, Push with a cancellable progress, and the results table
 * with Retry Failed and Export. It only shows the {@link PersonalizeSession}'s state and hands it the user's choices.
 */
@Messages({
    "LBL_Picture=&Picture:", "BTN_BrowsePicture=&Browse\u2026",
    "LBL_RingTone=&Ring tone:", "BTN_BrowseTone=Bro&wse\u2026", "BTN_ClearTone=C&lear",
    "LBL_Fit=&Fit:", "FIT_Crop=Crop to fill", "FIT_Letterbox=Letterbox (black bars)",
    "LBL_Serve=&Serve address (this machine, as the phones reach it):",
    "LBL_Keys=Objects &go (web: web servers; cti: CUCM over CTI; auto: web, CTI where the web refuses):",
    "BTN_Push=P&ush", "BTN_Cancel=&Cancel", "BTN_Retry=Re&try Failed",
    "BTN_ExportCsv=Export CS&V\u2026", "BTN_ExportJson=Export &JSON\u2026",
    "TITLE_Picture=Choose the Background Picture (PNG or JPEG)", "TITLE_RingTone=Choose the Ring Tone Sound (WAV, AIFF, AU)",
    "TITLE_ExportCsv=Export the Results as CSV", "TITLE_ExportJson=Export the Results as JSON",
    "ACSN_Results=Personalization results", "ACSN_Previews=Previews per model",
    "NO_Picture=No picture: only the ring tone is pushed.",
    "NO_Tone=(none)",
    "# {0} - seconds", "TONE_Read={0} s narrowband (.raw)",
    "# {0} - seconds", "TONE_Trimmed={0} s narrowband (.raw), cut to the phones'' limit",
    "# {0} - file", "# {1} - what it became", "TONE_Field={0} \u2014 {1}",
    "# {0} - model", "# {1} - width", "# {2} - height", "# {3} - levels", "# {4} - phones",
    "PREVIEW_Grey={0}: {1}x{2}, {3} grey levels ({4} phone(s))",
    "# {0} - model", "# {1} - width", "# {2} - height", "# {3} - depth", "# {4} - phones",
    "PREVIEW_Colour={0}: {1}x{2}, {3}-bit ({4} phone(s))",
    "# {0} - model", "# {1} - phones", "# {2} - note", "PREVIEW_None={0} ({1} phone(s)): {2}",
    "# {0} - phones", "STATUS_Ready=Choose a picture and/or a ring tone for {0} phone(s), then Push.",
    "# {0} - phones", "STATUS_Pushing=Pushing to {0} phone(s)\u2026",
    "# {0} - done", "# {1} - total", "# {2} - succeeded", "STATUS_Progress={0} of {1} phone(s) done, {2} succeeded",
    "# {0} - succeeded", "# {1} - total", "# {2} - counts", "STATUS_Done=Finished: {0} of {1} phone(s) SUCCESS ({2}).",
    "# {0} - counts", "STATUS_Cancelled=Cancelled: {0}.",
    "STATUS_Cancelling=Cancelling: phones in progress end CANCELLED\u2026",
    "# {0} - file", "STATUS_Exported=Report written to {0}",
    "LOG_Tab=Personalize",
    "# {0} - phones", "# {1} - what", "# {2} - serve", "LOG_Start=Pushing {1} to {0} phone(s), files served on {2}",
    "# {0} - counts", "# {1} - url", "LOG_End=Ended: {0} (files were served at {1})",
    "# {0} - phone", "# {1} - outcome", "# {2} - message", "LOG_Phone={0}: {1}: {2}",
    "WHAT_Background=the background", "WHAT_RingTone=the ring tone", "WHAT_Both=the background and the ring tone"
})
final class PersonalizePanel extends JPanel {

    private static final int PREVIEW_HEIGHT = 150;

    private final PersonalizeSession session;
    private final Dialogs dialogs;
    private final CtiConfiguration cti;
    private final OutputLog log = new OutputLog(Bundle.LOG_Tab());
    private final BackgroundWork addresses = new BackgroundWork(PersonalizePanel.class.getName());
    private final ResultsModel results;
    private final JTable table;
    private final JTextField picture = new JTextField(30);
    private final JTextField ringTone = new JTextField(30);
    private final JComboBox<String> fit = new JComboBox<>(new String[] {Bundle.FIT_Crop(), Bundle.FIT_Letterbox()});
    private final JComboBox<String> serve = new JComboBox<>();
    private final JComboBox<String> keys = new JComboBox<>();
    private final JPanel previews = new JPanel(new FlowLayout(FlowLayout.LEADING, 12, 8));
    private final JLabel status = new JLabel(" ");
    private final JButton browsePicture = new JButton();
    private final JButton browseTone = new JButton();
    private final JButton clearTone = new JButton();
    private final JButton push = new JButton();
    private final JButton cancel = new JButton();
    private final JButton retry = new JButton();
    private final JButton exportCsv = new JButton();
    private final JButton exportJson = new JButton();
    private List<PersonalizeSession.ModelPreview> shown = List.of();
    private boolean cancelling;
    private int pushesEnded;

    /**
     * @param cti the application's CTI (null when the module is off): where it can be used, the objects may go over it
     */
    PersonalizePanel(List<PhoneEntry> phones, PhoneClient client, ModelProfiles profiles, PushSettings settings,
            Dialogs dialogs, CtiConfiguration cti) {
        super(new BorderLayout());
        this.dialogs = dialogs;
        this.cti = cti;
        this.session = new PersonalizeSession(phones, client, profiles, settings, new Shown(), SwingUtilities::invokeLater);
        this.results = new ResultsModel(phones);
        this.table = new JTable(results);
        table.setName("results");
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_Results());
        table.setAutoCreateRowSorter(true);

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        setUp(bar, push, "push", Bundle.BTN_Push(), this::push);
        setUp(bar, cancel, "cancel", Bundle.BTN_Cancel(), this::cancel);
        bar.addSeparator();
        setUp(bar, retry, "retry", Bundle.BTN_Retry(), this::retry);
        bar.addSeparator();
        setUp(bar, exportCsv, "exportCsv", Bundle.BTN_ExportCsv(), () -> export(false));
        setUp(bar, exportJson, "exportJson", Bundle.BTN_ExportJson(), () -> export(true));

        picture.setEditable(false);
        picture.setName("picture");
        ringTone.setEditable(false);
        ringTone.setName("ringTone");
        ringTone.setText(Bundle.NO_Tone());
        fit.setName("fit");
        fit.addActionListener(e -> session.setFit(fit.getSelectedIndex() == 1 ? Fit.LETTERBOX : Fit.CROP));
        serve.setName("serveAddress");
        serve.setEditable(true);
        keys.setName("keys");
        Mnemonics.setLocalizedText(browsePicture, Bundle.BTN_BrowsePicture());
        browsePicture.setName("browsePicture");
        browsePicture.addActionListener(e -> choosePicture());
        Mnemonics.setLocalizedText(browseTone, Bundle.BTN_BrowseTone());
        browseTone.setName("browseTone");
        browseTone.addActionListener(e -> chooseRingTone());
        Mnemonics.setLocalizedText(clearTone, Bundle.BTN_ClearTone());
        clearTone.setName("clearTone");
        clearTone.addActionListener(e -> session.clearRingTone());

        JPanel form = FormRows.panel();
        FormRows.add(form, 0, Bundle.LBL_Picture(), withButtons(picture, browsePicture));
        FormRows.add(form, 1, Bundle.LBL_RingTone(), withButtons(ringTone, browseTone, clearTone));
        FormRows.add(form, 2, Bundle.LBL_Fit(), fit);
        FormRows.add(form, 3, Bundle.LBL_Serve(), serve);
        CtiAccess access = cti == null ? null : cti.current().orElse(null);
        if (access != null) {
            List<String> modes = new ArrayList<>(List.of(cti.transport().id()));
            for (TransportMode m : TransportMode.values()) {
                if (!modes.contains(m.id())) {
                    modes.add(m.id());
                }
            }
            modes.forEach(keys::addItem);
            FormRows.add(form, 4, Bundle.LBL_Keys(), keys);
        }

        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        top.add(form, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        previews.setName("previews");
        previews.getAccessibleContext().setAccessibleName(Bundle.ACSN_Previews());
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(previews), new JScrollPane(table));
        split.setResizeWeight(0.4);
        add(split, BorderLayout.CENTER);
        status.setName("status");
        status.setText(Bundle.STATUS_Ready(phones.size()));
        add(status, BorderLayout.SOUTH);
        buttons();

        PhoneEntry first = phones.get(0);
        addresses.post(null, ctx -> ServeAddresses.candidates(first.address()), list -> {
            String typed = (String) serve.getEditor().getItem();
            list.forEach(serve::addItem);
            if (typed != null && !typed.isBlank()) {
                serve.setSelectedItem(typed);
            }
        }, e -> { });
    }

    private static void setUp(JToolBar bar, JButton b, String name, String text, Runnable action) {
        Mnemonics.setLocalizedText(b, text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        bar.add(b);
    }

    private static JPanel withButtons(JTextField field, JButton... buttons) {
        JPanel p = new JPanel(new BorderLayout(6, 0));
        p.add(field, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        for (JButton b : buttons) {
            right.add(b);
        }
        p.add(right, BorderLayout.LINE_END);
        return p;
    }

    private void buttons() {
        boolean running = session.running();
        push.setEnabled(!running);
        cancel.setEnabled(running && !cancelling);
        retry.setEnabled(!running && session.anyFailed());
        exportCsv.setEnabled(!running && session.report() != null);
        exportJson.setEnabled(!running && session.report() != null);
        browsePicture.setEnabled(!running);
        browseTone.setEnabled(!running);
        clearTone.setEnabled(!running);
        fit.setEnabled(!running);
    }

    private void choosePicture() {
        Path file = dialogs.openFile(Bundle.TITLE_Picture(), "png");
        if (file != null) {
            session.loadPicture(file);
        }
    }

    private void chooseRingTone() {
        Path file = dialogs.openFile(Bundle.TITLE_RingTone(), "wav");
        if (file != null) {
            session.loadRingTone(file);
        }
    }

    /** The serve address as typed or chosen. */
    private String serveText() {
        Object item = serve.isEditable() ? serve.getEditor().getItem() : serve.getSelectedItem();
        return item == null ? "" : item.toString().strip();
    }

    private PushKeys pushKeys() {
        CtiAccess access = cti == null ? null : cti.current().orElse(null);
        Object chosen = keys.getSelectedItem();
        if (access == null || chosen == null) {
            return PushKeys.WEB;
        }
        TransportMode mode = TransportMode.parse(chosen.toString());
        return mode == TransportMode.WEB ? PushKeys.WEB : new PushKeys(mode, access, cti);
    }

    private void push() {
        session.push(serveText(), pushKeys());
        buttons();
    }

    private void retry() {
        session.retryFailed(serveText(), pushKeys());
        buttons();
    }

    private void cancel() {
        if (session.running()) {
            cancelling = true;
            status.setText(Bundle.STATUS_Cancelling());
            session.cancel();
            buttons();
        }
    }

    private void export(boolean json) {
        Path file = json ? dialogs.saveFile(Bundle.TITLE_ExportJson(), "personalize-results.json", "json")
                : dialogs.saveFile(Bundle.TITLE_ExportCsv(), "personalize-results.csv", "csv");
        if (file != null) {
            session.export(file, json);
        }
    }

    /** The window closed: a push still going is cancelled, the background work stopped. */
    void close() {
        session.cancel();
        session.close();
        addresses.close();
    }

    private void showPreviews(List<PersonalizeSession.ModelPreview> list) {
        shown = list;
        previews.removeAll();
        for (PersonalizeSession.ModelPreview p : list) {
            JLabel cell = new JLabel();
            cell.setName("preview-" + p.model());
            cell.setHorizontalTextPosition(SwingConstants.CENTER);
            cell.setVerticalTextPosition(SwingConstants.BOTTOM);
            cell.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
            if (p.background() == null) {
                cell.setText(Bundle.PREVIEW_None(p.model(), p.phones(), p.note()));
            } else {
                Personalization.Background spec = p.background().spec();
                cell.setIcon(new ImageIcon(scaled(p.background().full())));
                cell.setText(spec.grayscale()
                        ? Bundle.PREVIEW_Grey(p.model(), spec.width(), spec.height(), spec.grayLevels(), p.phones())
                        : Bundle.PREVIEW_Colour(p.model(), spec.width(), spec.height(), spec.depth(), p.phones()));
                cell.getAccessibleContext().setAccessibleDescription(cell.getText());
            }
            previews.add(cell);
        }
        previews.revalidate();
        previews.repaint();
    }

    /**
     * The rendering at most {@value #PREVIEW_HEIGHT} pixels high, scaled by whole-pixel sampling (nearest neighbour)
     * so that a 4-level grey rendering still shows exactly its 4 levels.
     */
    private static Image scaled(BufferedImage full) {
        if (full.getHeight() <= PREVIEW_HEIGHT) {
            return full;
        }
        int w = Math.max(1, full.getWidth() * PREVIEW_HEIGHT / full.getHeight());
        BufferedImage out = new BufferedImage(w, PREVIEW_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(full, 0, 0, w, PREVIEW_HEIGHT, null);
        g.dispose();
        return out;
    }

    private static String counts(PushReport report) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<PushOutcome, Integer> e : report.counts().entrySet()) {
            if (e.getValue() > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().name());
            }
        }
        return b.toString();
    }

    /** The session's news, on the Swing thread. */
    private final class Shown implements PersonalizeSession.Listener {
        private int succeeded;

        @Override
        public void previewsChanged(List<PersonalizeSession.ModelPreview> list) {
            Path file = session.picturePath();
            picture.setText(file == null ? "" : file.toString());
            showPreviews(list);
        }

        @Override
        public void ringToneChanged(Path file, RingTone tone) {
            if (tone == null) {
                ringTone.setText(Bundle.NO_Tone());
                return;
            }
            String seconds = String.format(Locale.ROOT, "%.2f", tone.narrowbandSeconds());
            ringTone.setText(Bundle.TONE_Field(file, tone.trimmed() ? Bundle.TONE_Trimmed(seconds) : Bundle.TONE_Read(seconds)));
        }

        @Override
        public void pushStarted(List<PhoneEntry> phones) {
            succeeded = 0;
            cancelling = false;
            results.starting(phones);
            status.setText(Bundle.STATUS_Pushing(phones.size()));
            boolean bg = session.picturePath() != null;
            boolean tone = session.tonePath() != null;
            log.line(Bundle.LOG_Start(phones.size(), bg && tone ? Bundle.WHAT_Both() : bg ? Bundle.WHAT_Background()
                    : Bundle.WHAT_RingTone(), serveText()));
            buttons();
        }

        @Override
        public void phoneFinished(PushResult result, int done, int total) {
            if (result.outcome() == PushOutcome.SUCCESS) {
                succeeded++;
            }
            results.finished(result);
            if (!cancelling) {
                status.setText(Bundle.STATUS_Progress(done, total, succeeded));
            }
            log.line(Bundle.LOG_Phone(result.address(), result.outcome(), result.message()));
        }

        @Override
        public void pushFinished(PushReport report, boolean cancelled) {
            cancelling = false;
            pushesEnded++;
            if (report == null) {
                results.notRun();
                status.setText(Bundle.STATUS_Cancelled(""));
            } else {
                report.results().forEach(results::finished);
                results.notRun();
                long ok = report.results().stream().filter(r -> r.outcome() == PushOutcome.SUCCESS).count();
                status.setText(cancelled ? Bundle.STATUS_Cancelled(counts(report))
                        : Bundle.STATUS_Done(ok, report.results().size(), counts(report)));
                log.line(Bundle.LOG_End(counts(report), report.serveUrl()));
            }
            buttons();
        }

        @Override
        public void exported(Path file) {
            status.setText(Bundle.STATUS_Exported(file));
        }

        @Override
        public void failed(String message) {
            cancelling = false;
            results.notRun();
            status.setText(message);
            buttons();
            dialogs.error(message);
        }
    }

    // --- for tests ---

    JTable table() {
        return table;
    }

    String statusText() {
        return status.getText();
    }

    boolean running() {
        return session.running();
    }

    PushReport report() {
        return session.report();
    }

    /** How many pushes (first run and retries) have ended. */
    int pushesEnded() {
        return pushesEnded;
    }

    List<PersonalizeSession.ModelPreview> previews() {
        return shown;
    }

    JPanel previewsPanel() {
        return previews;
    }
}
