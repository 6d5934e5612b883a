package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.event.HierarchyEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import org.openide.awt.Mnemonics;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.WeakListeners;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.Phone;
import org.voicebench.phone.Screenshot;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.ui.Dialogs;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.remote.ui.api.KeySentListener;
import org.voicebench.remote.ui.api.RemoteView;
import org.voicebench.remote.ui.api.RemoteViewExtension;

/**
 * One phone's remote view: banner, toolbar (refresh interval, original size, save, copy, capture
 * series), the live screen with the model's keypad, Dial and URI fields, and the information pages.
 * The screen refreshes every few seconds while shown and shortly after each key; all requests go
 * through a {@link RemoteSession}.
 */
@Messages({
    "BTN_Refresh=&Refresh", "LBL_Every=Every", "LBL_Seconds=s",
    "BTN_OriginalSize=&Original Size",
    "TIP_OriginalSize=The phone's own pixels, 1:1 (scroll when the window is smaller); off: the screen fits the window",
    "BTN_Save=&Save PNG\u2026", "BTN_Copy=&Copy",
    "BTN_Series=Capture Series\u2026", "BTN_Dial=&Dial", "LBL_Dial=Dial:", "BTN_Send=Send &URI", "LBL_Uri=URI:",
    "BTN_RefreshInfo=Refresh &Information",
    "BTN_KeysOverCti=&Keys over CTI",
    "TIP_KeysOverCti=Send the keypad's keys and URIs through CUCM over the phone's registration (no web server, no"
            + " answer); the screen is still read from the web server",
    "TAB_Device=Device Information", "TAB_Network=Network Configuration",
    "TIP_Screen=Click here, then type: digits * #, arrows, Enter = Select, Backspace/Esc = Back, F1-F5 = soft keys",
    "TIP_Uri=Any Execute URI, e.g. Init:Services, Key:Settings, Dial:1234",
    "TITLE_SavePng=Save Screenshot as PNG", "TITLE_SeriesFolder=Folder for the Capture Series",
    "# {0} - file", "STATUS_Saved=Saved {0}",
    "# {0} - file", "STATUS_Captured=Captured {0}",
    "# {0} - time", "STATUS_Updated=Screen updated {0}",
    "# {0} - folder", "STATUS_SeriesOn=Capture series on: a screenshot after every key, in {0}",
    "STATUS_SeriesOff=Capture series off.",
    "STATUS_Copied=Screen copied to the clipboard.",
    "# {0} - reason", "STATUS_CannotWrite=Cannot write the file: {0}",
    "ACSN_Screen=Phone screen"
})
final class RemotePanel extends JPanel implements RemoteSession.Listener, RemoteView {

    static final int DEFAULT_REFRESH_S = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RemoteSession session;
    private final Dialogs dialogs;
    private final Banner banner = new Banner();
    private final ScreenView screen = new ScreenView();
    private final JScrollPane screenScroll = new JScrollPane(screen);
    private final Keypad keypad;
    private final JSpinner interval = new JSpinner(new SpinnerNumberModel(DEFAULT_REFRESH_S, 1, 60, 1));
    private final JToggleButton originalSize = new JToggleButton();
    private final JToggleButton series = new JToggleButton();
    private final JToggleButton keysOverCti = new JToggleButton();
    /** The application's CTI, or null when the CTI module is not enabled. */
    private final CtiConfiguration cti;
    /** Enables Keys over CTI when CTI becomes usable (options saved, lab started); held while the view lives. */
    private final ChangeListener ctiChanged = e -> SwingUtilities.invokeLater(this::ctiChanged);
    private final JTextField dial = new JTextField(14);
    private final JTextField uri = new JTextField(22);
    private final JLabel status = new JLabel(" ");
    private final InfoTable device = new InfoTable();
    private final InfoTable network = new InfoTable();
    private final Timer timer;
    private boolean infoLoaded;
    /** When the key behind the image about to be painted was pressed (0: not a key's image). */
    private long keyNanos;
    private KeyPaintListener keyPainted;
    private final List<KeySentListener> keyListeners = new CopyOnWriteArrayList<>();

    /** Told when the screen that followed a key has been painted: the benchmark's hook. */
    interface KeyPaintListener {
        void painted(long keyNanos, long paintedNanos);
    }

    RemotePanel(RemoteServices services, PhoneEntry entry, Dialogs dialogs) {
        this(services, entry, dialogs, CtiConfiguration.getDefault());
    }

    /** @param cti the CTI the keypad may use (null: none) */
    RemotePanel(RemoteServices services, PhoneEntry entry, Dialogs dialogs, CtiConfiguration cti) {
        super(new BorderLayout());
        this.dialogs = dialogs;
        this.cti = cti;
        this.session = new RemoteSession(services, entry, this);
        ModelProfile profile = session.phone().profile().orElse(null);
        this.keypad = new Keypad(profile, this::press);
        this.timer = new Timer(DEFAULT_REFRESH_S * 1000, e -> session.refresh());
        interval.addChangeListener(e -> {
            int ms = ((Number) interval.getValue()).intValue() * 1000;
            timer.setDelay(ms);
            timer.setInitialDelay(ms);
        });
        screen.setPaintListener(img -> {
            long key = keyNanos;
            keyNanos = 0;
            if (key != 0 && keyPainted != null) {
                keyPainted.painted(key, System.nanoTime());
            }
        });

        JPanel north = new JPanel(new BorderLayout());
        north.add(banner, BorderLayout.NORTH);
        north.add(toolbar(), BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);

        screen.setToolTipText(Bundle.TIP_Screen());
        screen.getAccessibleContext().setAccessibleName(Bundle.ACSN_Screen());
        screen.setName("screen");
        screen.addKeyListener(new KeyAdapter() {
            @Override
            public void keyTyped(KeyEvent e) {
                String key = KeyboardKeys.forChar(e.getKeyChar());
                if (key != null) {
                    e.consume();
                    press(key);
                }
            }

            @Override
            public void keyPressed(KeyEvent e) {
                String key = KeyboardKeys.forKeyCode(e.getKeyCode(), keypad::has);
                if (key != null) {
                    e.consume();
                    press(key);
                }
            }
        });
        screen.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                screen.requestFocusInWindow();
            }
        });
        screenScroll.setBorder(BorderFactory.createEmptyBorder());
        JPanel screenRow = new JPanel(new BorderLayout(6, 0));
        screenRow.add(keypad.lineKeys(true), BorderLayout.WEST);
        screenRow.add(screenScroll, BorderLayout.CENTER);
        screenRow.add(keypad.lineKeys(false), BorderLayout.EAST);
        JPanel phonePane = new JPanel(new BorderLayout(0, 6));
        phonePane.add(screenRow, BorderLayout.CENTER);
        phonePane.add(keypad, BorderLayout.SOUTH);
        phonePane.add(fields(), BorderLayout.NORTH);

        JTabbedPane info = new JTabbedPane();
        info.addTab(Bundle.TAB_Device(), new JScrollPane(new JTable(device)));
        info.addTab(Bundle.TAB_Network(), new JScrollPane(new JTable(network)));
        JPanel infoPane = new JPanel(new BorderLayout());
        infoPane.add(info, BorderLayout.CENTER);
        JButton refreshInfo = new JButton();
        Mnemonics.setLocalizedText(refreshInfo, Bundle.BTN_RefreshInfo());
        refreshInfo.addActionListener(e -> session.loadInformation());
        JPanel infoButtons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        infoButtons.add(refreshInfo);
        infoPane.add(infoButtons, BorderLayout.SOUTH);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, phonePane, infoPane);
        split.setResizeWeight(0.75);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);

        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                showingChanged(isShowing());
            }
        });
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton refresh = new JButton();
        Mnemonics.setLocalizedText(refresh, Bundle.BTN_Refresh());
        refresh.addActionListener(e -> session.refresh());
        bar.add(refresh);
        bar.add(new JLabel(" " + Bundle.LBL_Every() + " "));
        interval.setMaximumSize(interval.getPreferredSize());
        interval.setName("interval");
        bar.add(interval);
        bar.add(new JLabel(" " + Bundle.LBL_Seconds() + " "));
        bar.addSeparator();
        Mnemonics.setLocalizedText(originalSize, Bundle.BTN_OriginalSize());
        originalSize.setToolTipText(Bundle.TIP_OriginalSize());
        originalSize.addActionListener(e -> screen.setOriginalSize(originalSize.isSelected()));
        bar.add(originalSize);
        bar.addSeparator();
        JButton save = new JButton();
        Mnemonics.setLocalizedText(save, Bundle.BTN_Save());
        save.addActionListener(e -> save());
        bar.add(save);
        JButton copy = new JButton();
        Mnemonics.setLocalizedText(copy, Bundle.BTN_Copy());
        copy.addActionListener(e -> copy());
        bar.add(copy);
        Mnemonics.setLocalizedText(series, Bundle.BTN_Series());
        series.addActionListener(e -> toggleSeries());
        bar.add(series);
        if (cti != null) {
            bar.addSeparator();
            keysOverCti.setName("keysOverCti");
            Mnemonics.setLocalizedText(keysOverCti, Bundle.BTN_KeysOverCti());
            keysOverCti.setToolTipText(Bundle.TIP_KeysOverCti());
            keysOverCti.setEnabled(cti.current().isPresent());
            keysOverCti.addActionListener(e -> {
                keysOverCti.setEnabled(false); // until the session says which way keys go
                session.keysOverCti(keysOverCti.isSelected(), cti);
            });
            bar.add(keysOverCti);
            cti.addChangeListener(WeakListeners.change(ctiChanged, cti));
        }
        // other modules' tools (the macro recorder): this module does not know them
        for (RemoteViewExtension x : Lookup.getDefault().lookupAll(RemoteViewExtension.class)) {
            List<? extends JComponent> items = x.toolbarItems(this);
            if (!items.isEmpty()) {
                bar.addSeparator();
                items.forEach(bar::add);
            }
        }
        return bar;
    }

    private JPanel fields() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        JLabel dialLabel = new JLabel(Bundle.LBL_Dial());
        dialLabel.setLabelFor(dial);
        p.add(dialLabel);
        p.add(dial);
        JButton dialButton = new JButton();
        Mnemonics.setLocalizedText(dialButton, Bundle.BTN_Dial());
        dialButton.addActionListener(e -> dial());
        dial.addActionListener(e -> dial());
        p.add(dialButton);
        JLabel uriLabel = new JLabel(Bundle.LBL_Uri());
        uriLabel.setLabelFor(uri);
        uri.setToolTipText(Bundle.TIP_Uri());
        p.add(uriLabel);
        p.add(uri);
        JButton send = new JButton();
        Mnemonics.setLocalizedText(send, Bundle.BTN_Send());
        send.addActionListener(e -> sendUri());
        uri.addActionListener(e -> sendUri());
        p.add(send);
        return p;
    }

    private void press(String key) {
        long t = System.nanoTime();
        session.press(key);
        keyListeners.forEach(l -> l.keySent(key, t));
        screen.requestFocusInWindow();
    }

    private void dial() {
        String digits = dial.getText().strip();
        if (!digits.isEmpty()) {
            session.execute("Dial:" + digits);
        }
    }

    private void sendUri() {
        String text = uri.getText().strip();
        if (!text.isEmpty()) {
            session.execute(text);
        }
    }

    private void save() {
        if (session.last() == null) {
            return;
        }
        Path file = dialogs.saveFile(Bundle.TITLE_SavePng(), session.entry().displayName().replaceAll("[^A-Za-z0-9_.-]", "_")
                + "-" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss")) + ".png", "png");
        if (file != null) {
            session.saveLast(file);
        }
    }

    private void copy() {
        BufferedImage img = screen.image();
        if (img != null) {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new ImageTransfer(img), null);
            status.setText(Bundle.STATUS_Copied());
        }
    }

    private void toggleSeries() {
        if (!series.isSelected()) {
            session.captureSeries(null);
            status.setText(Bundle.STATUS_SeriesOff());
            return;
        }
        Path folder = dialogs.folder(Bundle.TITLE_SeriesFolder());
        if (folder == null) {
            series.setSelected(false);
            return;
        }
        session.captureSeries(folder);
        status.setText(Bundle.STATUS_SeriesOn(folder));
    }

    private void showingChanged(boolean showing) {
        if (showing) {
            session.refresh();
            if (!infoLoaded) {
                infoLoaded = true;
                session.loadInformation();
            }
            timer.start();
        } else {
            timer.stop();
        }
    }

    /** Stops the view's requests for good (the window closed). */
    void close() {
        timer.stop();
        session.close();
    }

    // --- RemoteSession.Listener (Swing thread) ---

    @Override
    public void screenshot(Screenshot s, long keyNanos) {
        this.keyNanos = keyNanos;
        screen.setImage(s.image());
        status.setText(Bundle.STATUS_Updated(LocalTime.now().format(TIME)));
    }

    @Override
    public void failed(String message) {
        banner.show(message);
    }

    private void ctiChanged() {
        if (!keysOverCti.isSelected()) {
            keysOverCti.setEnabled(cti.current().isPresent());
        }
    }

    @Override
    public void keysGo(KeyTransport transport) {
        keysOverCti.setSelected(transport == KeyTransport.CTI);
        keysOverCti.setEnabled(cti != null && (keysOverCti.isSelected() || cti.current().isPresent()));
    }

    @Override
    public void succeeded() {
        banner.clear();
    }

    @Override
    public void information(DeviceInformation d, NetworkSetup n) {
        device.set(d.fields());
        network.set(n.rows());
    }

    @Override
    public void written(Path file) {
        status.setText(session.seriesFolder() != null && file.startsWith(session.seriesFolder())
                ? Bundle.STATUS_Captured(file) : Bundle.STATUS_Saved(file));
    }

    @Override
    public void writeFailed(String message) {
        status.setText(Bundle.STATUS_CannotWrite(message));
    }

    // --- RemoteView (Swing thread) ---

    @Override
    public PhoneEntry entry() {
        return session.entry();
    }

    @Override
    public Phone phone() {
        return session.phone();
    }

    @Override
    public void addKeySentListener(KeySentListener l) {
        keyListeners.add(l);
    }

    @Override
    public void removeKeySentListener(KeySentListener l) {
        keyListeners.remove(l);
    }

    // --- for the window and tests ---

    boolean refreshing() {
        return timer.isRunning();
    }

    Banner banner() {
        return banner;
    }

    ScreenView screen() {
        return screen;
    }

    Keypad keypad() {
        return keypad;
    }

    RemoteSession session() {
        return session;
    }

    InfoTable deviceInformation() {
        return device;
    }

    String statusText() {
        return status.getText();
    }

    void setKeyPaintListener(KeyPaintListener l) {
        keyPainted = l;
    }

    void setRefreshSeconds(int seconds) {
        interval.setValue(seconds);
    }
}
