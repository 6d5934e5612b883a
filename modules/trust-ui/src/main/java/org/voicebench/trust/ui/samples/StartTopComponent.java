package org.voicebench.trust.ui.samples;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.voicebench.trust.ui.Buttons;
import org.voicebench.trust.ui.EditorArea;
import org.voicebench.trust.ui.open.OpenTrustListAction;

/**
 * The Start window: what VoiceBench is for, and one card per part of it (the demo lab, the fleet
 * trust audit, phones and their remote view, macros, the trust check, the trust-list inspector with
 * its samples) with the buttons that open it. Opened on the first start of a user directory and
 * from Help &gt; Sample Trust Lists. The other modules' windows are opened through their registered
 * actions, found by id, so that this module depends on none of them; a card whose module is not
 * installed is left out.
 */
@Messages({
    "CTL_StartTopComponent=Start",
    "TXT_StartIntro=<h1>VoiceBench</h1>"
        + "<p>Regenerate a CallManager, TVS or ITLRecovery certificate, or move phones to new hardware or another cluster,"
        + " and phones holding a stale ITL silently reject the cluster's new signed files. VoiceBench finds those phones,"
        + " fixes only them, and proves that every phone trusts the cluster again.</p>"
        + "<p style='margin-top:6px'>New here? <b>Start the Demo Lab</b>: a simulated cluster and 20 phones on this"
        + " computer, ready for a trust audit.</p>",
    "CARD_Lab=Demo Lab and Phone Lab",
    "TXT_Lab=Simulated Cisco IP phones and a simulated CUCM cluster on this computer. In the demo lab the CallManager"
        + " certificate was just regenerated, and 13 of the 20 phones still hold yesterday's ITL.",
    "CARD_Audit=Fleet Trust Audit",
    "TXT_Audit=Every phone's ITL against its TFTP node's: finds the phones that no longer trust the cluster, fixes"
        + " only those, reads them back, and exports the report for the change ticket.",
    "CARD_Phones=Phones and Remote View",
    "TXT_Phones=Your phones by group, with status and ITL state; passwords stay in the keyring. A remote view shows"
        + " a phone's live screen and keypad and saves screenshots.",
    "CARD_Macros=Macros",
    "TXT_Macros=Keys recorded in a remote view become steps with guards, run on the phones you select. Built-in"
        + " macros erase the ITL or CTL with each model's keys.",
    "CARD_Check=Trust Check",
    "TXT_Check=Will phones still trust this cluster? The phones' trust list against the cluster's current ITL,"
        + " certificates or live TLS services: OK, recoverable via TVS, or phones will reject.",
    "CARD_Inspector=Trust List Inspector",
    "TXT_Inspector=ITL, ITLSEP, CTL and signed .sgn files as a phone reads them: the signature and its signer, every"
        + " certificate, the bytes behind every field. The samples come from a made-up three-node cluster; compare"
        + " the old and new ITL to see what changed.",
    "TXT_StartFooter=Open your own files with File &gt; Open Trust List, by dropping them on this window, or on the"
        + " command line: <tt>voicebench ITLFile.tlv</tt>. Help &gt; Sample Trust Lists brings this window back.",
    "CTL_StartOpenItl=Open Sample &ITL",
    "CTL_StartOpenCtl=Open Sample &CTL",
    "CTL_StartCompare=Co&mpare Old/New ITL",
    "CTL_StartOpenFile=&Open File...",
    "CTL_StartDemoLab=Start the &Demo Lab",
    "TIP_StartDemoLab=Starts a simulated cluster whose CallManager certificate was just regenerated and 20 phones,"
        + " most holding its old ITL: run Tools > Trust Audit on them and fix the fleet",
    "CTL_StartPhoneLab=Open Phone &Lab",
    "CTL_StartAudit=Open Trust &Audit",
    "CTL_StartPhones=Open &Phones",
    "CTL_StartMacros=Open Macro &Editor",
    "CTL_StartCheck=Open &Trust Check"
})
public final class StartTopComponent extends TopComponent {

    /** The Phone Lab module's action, found by id so that this module does not depend on it. */
    static final String DEMO_LAB_CATEGORY = "Tools";
    static final String DEMO_LAB_ID = "org.voicebench.lab.ui.StartDemoLab";
    private static final int GAP = 12;
    /** Width of the text above and below the cards (CSS pixels, as {@link FeatureCard#TEXT_WIDTH}): about two cards. */
    private static final int PAGE_TEXT_WIDTH = 2 * FeatureCard.TEXT_WIDTH + 2 * FeatureCard.INSET + GAP;

    public StartTopComponent() {
        setName(Bundle.CTL_StartTopComponent());
        setLayout(new BorderLayout());
        Color background = UIManager.getColor("TextPane.background");
        JPanel page = new JPanel(new BorderLayout(0, 16));
        page.setBorder(BorderFactory.createEmptyBorder(12, 20, 16, 20));
        page.setBackground(background);
        page.add(text(Bundle.TXT_StartIntro()), BorderLayout.NORTH);
        // two cards a row, each row as high as its higher card
        JPanel cards = new JPanel(new GridBagLayout());
        cards.setOpaque(false);
        List<FeatureCard> all = cards();
        for (int i = 0; i < all.size(); i++) {
            GridBagConstraints at = new GridBagConstraints();
            at.gridx = i % 2;
            at.gridy = i / 2;
            at.fill = GridBagConstraints.BOTH;
            at.insets = new Insets(at.gridy == 0 ? 0 : GAP, at.gridx == 0 ? 0 : GAP, 0, 0);
            cards.add(all.get(i), at);
        }
        // the grid keeps its preferred size in the window's top left corner
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        left.setOpaque(false);
        left.add(cards);
        page.add(left, BorderLayout.CENTER);
        page.add(text(Bundle.TXT_StartFooter()), BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.setBackground(background);
        top.add(page, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(top);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
    }

    private static List<FeatureCard> cards() {
        Action demoLab = Actions.forID(DEMO_LAB_CATEGORY, DEMO_LAB_ID);
        JButton startDemo = demoLab == null ? null : button(Bundle.CTL_StartDemoLab(), demoLab);
        if (startDemo != null) {
            startDemo.setToolTipText(Bundle.TIP_StartDemoLab());
        }
        List<FeatureCard> out = new ArrayList<>();
        addCard(out, Bundle.CARD_Lab(), Bundle.TXT_Lab(), startDemo,
                button(Bundle.CTL_StartPhoneLab(), "Tools", "org.voicebench.lab.ui.OpenPhoneLabAction"));
        addCard(out, Bundle.CARD_Audit(), Bundle.TXT_Audit(),
                button(Bundle.CTL_StartAudit(), "Window", "org.voicebench.audit.ui.OpenTrustAuditAction"));
        addCard(out, Bundle.CARD_Phones(), Bundle.TXT_Phones(),
                button(Bundle.CTL_StartPhones(), "Window", "org.voicebench.remote.ui.PhonesTopComponent"));
        addCard(out, Bundle.CARD_Macros(), Bundle.TXT_Macros(),
                button(Bundle.CTL_StartMacros(), "Window", "org.voicebench.macro.ui.MacroEditorTopComponent"));
        addCard(out, Bundle.CARD_Check(), Bundle.TXT_Check(),
                button(Bundle.CTL_StartCheck(), "Tools", "org.voicebench.certcheck.ui.OpenTrustCheckAction"));
        addCard(out, Bundle.CARD_Inspector(), Bundle.TXT_Inspector(),
                button(Bundle.CTL_StartOpenFile(), new OpenTrustListAction()),
                button(Bundle.CTL_StartOpenItl(), SampleActions.openItl()),
                button(Bundle.CTL_StartOpenCtl(), SampleActions.openCtl()),
                button(Bundle.CTL_StartCompare(), SampleActions.compareItls()));
        return out;
    }

    /** Adds a card with the buttons that are there; none there (their modules are not installed): no card. */
    private static void addCard(List<FeatureCard> cards, String title, String text, JButton... buttons) {
        List<JButton> present = Arrays.stream(buttons).filter(Objects::nonNull).toList();
        if (!present.isEmpty()) {
            cards.add(new FeatureCard(title, text, present));
        }
    }

    private static JLabel text(String html) {
        return new JLabel("<html><body style='width:" + PAGE_TEXT_WIDTH + "px'>" + html + "</body></html>");
    }

    /** A button running another module's registered action, or null when that module is not installed. */
    private static JButton button(String text, String category, String id) {
        Action action = Actions.forID(category, id);
        return action == null ? null : button(text, action);
    }

    private static JButton button(String text, ActionListener action) {
        JButton b = Buttons.labelled(text);
        b.addActionListener(action);
        return b;
    }

    @Override
    public int getPersistenceType() {
        return PERSISTENCE_NEVER;
    }

    @Override
    protected String preferredID() {
        return "VoiceBenchStart";
    }

    /** Opens the Start window in the editor area, or brings the open one to front. Call on the Swing thread. */
    public static StartTopComponent showWindow() {
        StartTopComponent s = openWindow();
        s.requestActive();
        return s;
    }

    /**
     * Opens the Start window as the first tab of the editor area. If that area already shows a
     * window (a file opened from the command line while starting) it stays in front; otherwise
     * the Start window comes to front. Call on the Swing thread, once the window system is up.
     */
    static StartTopComponent showBehindOpenedWindows() {
        TopComponent front = EditorArea.front();
        StartTopComponent s = openWindow();
        if (front != null && front != s) {
            front.requestActive();
        } else {
            s.requestActive();
        }
        return s;
    }

    private static StartTopComponent openWindow() {
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            if (tc instanceof StartTopComponent s) {
                return s;
            }
        }
        StartTopComponent s = EditorArea.dock(new StartTopComponent());
        s.openAtTabPosition(0);
        return s;
    }
}
