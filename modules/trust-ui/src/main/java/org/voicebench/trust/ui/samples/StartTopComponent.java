package org.voicebench.trust.ui.samples;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.ActionListener;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.voicebench.trust.ui.Buttons;
import org.voicebench.trust.ui.EditorArea;
import org.voicebench.trust.ui.open.OpenTrustListAction;

/**
 * The Start window: what VoiceBench does with trust lists and one click to each sample. Opened
 * on the first start of a user directory and from Help &gt; Sample Trust Lists.
 */
@Messages({
    "CTL_StartTopComponent=Start",
    "TXT_Start=<html><body style='font-family:sans-serif'>"
        + "<h2>Cisco trust lists, opened up</h2>"
        + "<p>VoiceBench reads the files CUCM serves to its phones: <b>ITLFile.tlv</b>, <b>ITLSEP&lt;MAC&gt;.tlv</b>, "
        + "<b>CTLFile.tlv</b> and signed files such as <b>SEP&lt;MAC&gt;.cnf.xml.sgn</b>. For each file it checks the "
        + "signature as a phone does, names the record that signed it, lists every certificate with its role, "
        + "serial and expiry, and shows the bytes behind every field.</p>"
        + "<p>The samples below come from a made-up three-node cluster generated on this computer. The second ITL "
        + "is what the same TFTP server serves after the publisher's CallManager certificate was regenerated: "
        + "compare the two to see what a phone would have to accept.</p>"
        + "<p>Open your own files with File &gt; Open Trust List, by dropping them on this window, or on the "
        + "command line: <tt>voicebench ITLFile.tlv</tt>.</p></body></html>",
    "CTL_StartOpenItl=Open Sample &ITL",
    "CTL_StartOpenCtl=Open Sample &CTL",
    "CTL_StartCompare=Co&mpare Old/New ITL",
    "CTL_StartOpenFile=&Open File...",
    "CTL_StartDemoLab=Start the &Demo Lab",
    "TIP_StartDemoLab=Starts a simulated cluster whose CallManager certificate was just regenerated and 20 phones,"
        + " most holding its old ITL: run Tools > Trust Audit on them and fix the fleet"
})
public final class StartTopComponent extends TopComponent {

    private final JButton openItl = button(Bundle.CTL_StartOpenItl(), SampleActions.openItl());
    private final JButton openCtl = button(Bundle.CTL_StartOpenCtl(), SampleActions.openCtl());
    private final JButton compare = button(Bundle.CTL_StartCompare(), SampleActions.compareItls());
    private final JButton openFile = button(Bundle.CTL_StartOpenFile(), new OpenTrustListAction());
    /** The Phone Lab module's action, found by id so that this module does not depend on it. */
    static final String DEMO_LAB_CATEGORY = "Tools";
    static final String DEMO_LAB_ID = "org.voicebench.lab.ui.StartDemoLab";

    public StartTopComponent() {
        setName(Bundle.CTL_StartTopComponent());
        setLayout(new BorderLayout());
        JEditorPane text = new JEditorPane("text/html", Bundle.TXT_Start());
        text.setEditable(false);
        text.setBorder(BorderFactory.createEmptyBorder(12, 16, 8, 16));
        JPanel top = new JPanel(new BorderLayout());
        top.add(text, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 8));
        buttons.setBorder(BorderFactory.createEmptyBorder(0, 8, 12, 8));
        buttons.add(openItl);
        buttons.add(openCtl);
        buttons.add(compare);
        buttons.add(openFile);
        Action demoLab = Actions.forID(DEMO_LAB_CATEGORY, DEMO_LAB_ID);
        if (demoLab != null) { // shown only when the Phone Lab module is installed
            JButton startDemo = button(Bundle.CTL_StartDemoLab(), demoLab);
            startDemo.setToolTipText(Bundle.TIP_StartDemoLab());
            buttons.add(startDemo);
        }
        top.add(buttons, BorderLayout.SOUTH);
        top.setBackground(text.getBackground());
        buttons.setOpaque(false);
        add(top, BorderLayout.NORTH);
        setBackground(text.getBackground());
        setOpaque(true);
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
