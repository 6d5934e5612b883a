package org.voicebench.cti.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.PlatformDialogs;

/**
 * Tools &gt; Options &gt; CTI: loads the saved values into {@link CtiOptionsPanel} and saves them on OK, the values to
 * preferences and a typed password to the Keyring (off the Swing thread).
 */
@OptionsPanelController.TopLevelRegistration(categoryName = "#OptionsCategory_Name_Cti",
        iconBase = "org/voicebench/cti/ui/cti32.png", keywords = "#OptionsCategory_Keywords_Cti",
        keywordsCategory = "CTI", position = 950, id = "CTI")
@Messages({
    "OptionsCategory_Name_Cti=CTI",
    "OptionsCategory_Keywords_Cti=CTI JTAPI CUCM keys transport"
})
public final class CtiOptionsController extends OptionsPanelController {

    /** Keyring writes, off the Swing thread and in order. */
    private static final BackgroundWork SAVE = new BackgroundWork(CtiOptionsController.class.getName());

    private final CtiStore store;
    private final Supplier<PhoneLabService> lab;
    private final Dialogs dialogs;
    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private CtiOptionsPanel panel;

    public CtiOptionsController() {
        this(store(), () -> Lookup.getDefault().lookup(PhoneLabService.class),
                new PlatformDialogs("org.voicebench.cti.ui.jar"));
    }

    CtiOptionsController(CtiStore store, Supplier<PhoneLabService> lab, Dialogs dialogs) {
        this.store = store;
        this.lab = lab;
        this.dialogs = dialogs;
    }

    /** The registered configuration's store, so that saving here tells the windows using CTI. */
    private static CtiStore store() {
        CtiConfiguration c = CtiConfiguration.getDefault();
        return c instanceof NbCtiConfiguration nb ? nb.store() : new NbCtiConfiguration().store();
    }

    CtiOptionsPanel panel() {
        if (panel == null) {
            panel = new CtiOptionsPanel(dialogs);
            panel.setOnChange(() -> {
                pcs.firePropertyChange(PROP_CHANGED, null, null);
                pcs.firePropertyChange(PROP_VALID, null, null);
            });
        }
        return panel;
    }

    @Override
    public void update() {
        PhoneLabService s = lab.get();
        String labText = s == null ? null : s.cti()
                .map(c -> CtiOptionsPanel.labText(c.credentials().user(), c.host())).orElse(null);
        panel().show(store.load(), labText);
    }

    @Override
    public void applyChanges() {
        CtiOptionsPanel p = panel();
        if (p.problem() != null) {
            return;
        }
        store.save(p.values());
        if (p.passwordTyped()) {
            char[] typed = p.takePassword();
            SAVE.execute(() -> store.savePassword(typed), 0);
        }
    }

    @Override
    public void cancel() {
        panel().clearPassword();
    }

    @Override
    public boolean isValid() {
        return panel().problem() == null;
    }

    @Override
    public boolean isChanged() {
        CtiOptionsPanel p = panel();
        return p.passwordTyped() || !p.values().equals(store.load());
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }

    /** Waits for the Keyring writes queued so far (tests). */
    static void awaitSaved() {
        SAVE.awaitIdle();
    }
}
