package org.voicebench.audit.ui;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.WeakListeners;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.readiness.ui.api.ReadinessWindow;
import org.voicebench.remote.ui.api.PhonesService;
import org.voicebench.ui.PlatformDialogs;

/**
 * The Trust Audit window (one per application, in the editor area); content: {@link AuditPanel}. Opened
 * from the menus without phones, it says how to give them: select phones in the Phones window and choose
 * Audit Trust... (the window has no client of its own: the Phones window's carries the credentials).
 */
@TopComponent.Description(preferredID = AuditTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 650)
@Messages({
    "CTL_AuditTopComponent=Trust Audit",
    "HINT_AuditTopComponent=Which phones of the fleet no longer trust the cluster; fix only those, and prove it"
})
public final class AuditTopComponent extends TopComponent {

    static final String ID = "AuditTopComponent";

    private final AuditPanel panel;
    private final PhoneLabService lab;
    private final ChangeListener labListener;
    private final ChangeListener ctiListener;

    public AuditTopComponent() {
        setName(Bundle.CTL_AuditTopComponent());
        setToolTipText(Bundle.HINT_AuditTopComponent());
        setLayout(new BorderLayout());
        lab = Lookup.getDefault().lookup(PhoneLabService.class); // null when lab-ui is disabled
        CtiConfiguration cti = CtiConfiguration.getDefault(); // null when cti-ui is disabled
        panel = new AuditPanel(lab, new PlatformDialogs("org.voicebench.audit.ui.export"), TrustListDownloader.withDefaults(),
                cti == null ? FixKeys.WEB : new CtiFixKeys(cti, lab));
        labListener = e -> SwingUtilities.invokeLater(panel::labChanged);
        if (lab != null) {
            lab.addChangeListener(WeakListeners.change(labListener, lab));
        }
        ctiListener = e -> SwingUtilities.invokeLater(panel::ctiChanged);
        if (cti != null) {
            cti.addChangeListener(WeakListeners.change(ctiListener, cti));
        }
        panel.setDefaultPhones(AuditTopComponent::phonesWindowPhones);
        ReadinessWindow readiness = ReadinessWindow.getDefault(); // null when the readiness module is disabled
        if (readiness != null) {
            panel.setOnReadiness(readiness::open);
        }
        panel.setOnPhonesTouched(touched -> {
            PhonesService s = PhonesService.getDefault();
            if (s != null) {
                s.refreshStatus(touched);
            }
        });
        panel.setOnKeysUsed(used -> {
            PhonesService s = PhonesService.getDefault();
            if (s != null) {
                s.keysUsed(used);
            }
        });
        add(panel, BorderLayout.CENTER);
    }

    /** The Phones window's Lab group while the Phone Lab runs, else its whole list; null when it has none. */
    private static PhoneSet phonesWindowPhones() {
        PhonesService s = PhonesService.getDefault();
        if (s == null) {
            return null;
        }
        List<PhoneEntry> phones = s.labOrAll();
        return phones.isEmpty() ? null : new PhoneSet(phones, s.client(), s.profiles());
    }

    @Override
    protected void componentOpened() {
        panel.fillFromLabIfEmpty();
    }

    /** The registered window (created on first use); on the Swing thread. */
    static AuditTopComponent findInstance() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof AuditTopComponent audit ? audit : new AuditTopComponent();
    }

    /** Opens (or brings to front) the window; with phones, sets them as the ones to audit. Swing thread. */
    static AuditTopComponent openWith(PhoneSet phones) {
        AuditTopComponent tc = findInstance();
        if (phones != null) {
            tc.panel.setPhones(phones);
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    @Override
    protected void componentClosed() {
        panel.closed();
    }
}
