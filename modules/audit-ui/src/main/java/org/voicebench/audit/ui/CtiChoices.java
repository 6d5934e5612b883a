package org.voicebench.audit.ui;

import java.awt.FlowLayout;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;

/**
 * The plan's risky choices, each named by its risk: erasing phones whose ITL cannot be read because their web access
 * is off (only with CTI, which reaches them), and keys pressed blind. Says which CTI the fix uses. Swing thread.
 */
@Messages({
    "BTN_FixUnknown=Also erase phones whose &web access is off (I know they hold a stale ITL)",
    "TIP_FixUnknown=Their ITL cannot be read; erased over CTI on your word that they hold a stale one (e.g. after"
            + " moving phones to a new cluster), as the command line's --fix-unknown",
    "BTN_AllowBlind=Allow &blind keys (no guard can read the screen)",
    "TIP_AllowBlind=Over CTI, and on models whose screen cannot be read, keys are pressed without checking the screen;"
            + " check one phone by hand first (the command line's --allow-blind)",
    "# {0} - which CTI", "LBL_Cti=Keys over CTI: {0}",
    "LBL_NoCti=No CTI: phones the web cannot reach are skipped (Tools > Options > CTI)"
})
final class CtiChoices extends JPanel {

    private final JLabel cti = new JLabel();
    private final JCheckBox fixUnknown = new JCheckBox();
    private final JCheckBox allowBlind = new JCheckBox();

    /** @param changed told when a choice changes (the plan shown is made again) */
    CtiChoices(Runnable changed) {
        super(new FlowLayout(FlowLayout.LEADING));
        cti.setName("ctiNote");
        setUp(fixUnknown, "fixUnknown", Bundle.BTN_FixUnknown(), Bundle.TIP_FixUnknown(), changed);
        setUp(allowBlind, "allowBlind", Bundle.BTN_AllowBlind(), Bundle.TIP_AllowBlind(), changed);
        add(cti);
        add(fixUnknown);
        add(allowBlind);
        show(false, "");
    }

    private static void setUp(JCheckBox box, String name, String text, String tip, Runnable changed) {
        box.setName(name);
        Mnemonics.setLocalizedText(box, text);
        box.setToolTipText(tip);
        box.addActionListener(e -> changed.run());
    }

    /** Whether fixes can use CTI now, and which. */
    void show(boolean usable, String which) {
        cti.setText(usable ? Bundle.LBL_Cti(which) : Bundle.LBL_NoCti());
        fixUnknown.setVisible(usable);
        if (!usable) {
            fixUnknown.setSelected(false);
        }
    }

    AuditSession.Choices choices(boolean eraseAll) {
        return new AuditSession.Choices(eraseAll, fixUnknown.isVisible() && fixUnknown.isSelected(),
                allowBlind.isSelected());
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        fixUnknown.setEnabled(enabled);
        allowBlind.setEnabled(enabled);
    }
}
