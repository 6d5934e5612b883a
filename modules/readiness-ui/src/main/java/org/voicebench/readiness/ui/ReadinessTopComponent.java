package org.voicebench.readiness.ui;

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
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.readiness.ui.api.ReadinessWindow;
import org.voicebench.remote.ui.api.PhonesService;
import org.voicebench.ui.PlatformDialogs;

/**
 * The Readiness window (one per application, in the editor area); content: {@link ReadinessPanel}. It receives its
 * phones (Check Readiness... in the Phones window, Readiness... in the Trust Audit) or takes the Phones window's; the
 * Phones window's client carries the credentials.
 */
@TopComponent.Description(preferredID = ReadinessTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 660)
@Messages({
    "CTL_ReadinessTopComponent=Readiness",
    "HINT_ReadinessTopComponent=Before a certificate change: how each phone could be fixed afterwards; turn on what the"
            + " fix will need, and put it back after",
    "# {0} - user and hosts", "CTI_Lab={0} (the Phone Lab''s CTI)"
})
public final class ReadinessTopComponent extends TopComponent {

    static final String ID = "ReadinessTopComponent";

    private final ReadinessPanel panel;
    private final ChangeListener labListener;
    private final ChangeListener ctiListener;

    public ReadinessTopComponent() {
        setName(Bundle.CTL_ReadinessTopComponent());
        setToolTipText(Bundle.HINT_ReadinessTopComponent());
        setLayout(new BorderLayout());
        PhoneLabService lab = Lookup.getDefault().lookup(PhoneLabService.class); // null when lab-ui is disabled
        CtiConfiguration cti = CtiConfiguration.getDefault(); // null when cti-ui is disabled
        panel = new ReadinessPanel(lab, new PlatformDialogs("org.voicebench.readiness.ui.export"),
                TrustListDownloader.withDefaults(), () -> describe(cti));
        labListener = e -> SwingUtilities.invokeLater(panel::labChanged);
        if (lab != null) {
            lab.addChangeListener(WeakListeners.change(labListener, lab));
        }
        ctiListener = e -> SwingUtilities.invokeLater(panel::ctiChanged);
        if (cti != null) {
            cti.addChangeListener(WeakListeners.change(ctiListener, cti));
        }
        panel.setDefaultPhones(ReadinessTopComponent::phonesWindowPhones);
        add(panel, BorderLayout.CENTER);
    }

    /** Which CTI an erase over CTI would use, "" when none (or the options say web only). */
    private static String describe(CtiConfiguration cti) {
        if (cti == null || cti.transport() == TransportMode.WEB) {
            return "";
        }
        return cti.current().map(a -> a.fromLab() ? Bundle.CTI_Lab(a.describe()) : a.describe()).orElse("");
    }

    /** The Phones window's Lab group while the Phone Lab runs, else its whole list; null when it has none. */
    private static ReadinessPhones phonesWindowPhones() {
        PhonesService s = PhonesService.getDefault();
        if (s == null) {
            return null;
        }
        List<PhoneEntry> phones = s.labOrAll();
        return phones.isEmpty() ? null : new ReadinessPhones(phones, s.client(), s.profiles(), false);
    }

    @Override
    protected void componentOpened() {
        panel.fillFromLabIfEmpty();
    }

    @Override
    protected void componentClosed() {
        panel.closed();
    }

    static ReadinessTopComponent findInstance() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof ReadinessTopComponent r ? r : new ReadinessTopComponent();
    }

    /** Opens (or brings to front) the window; with phones, sets them as the ones to check. Swing thread. */
    static ReadinessTopComponent openWith(ReadinessPhones phones) {
        ReadinessTopComponent tc = findInstance();
        if (phones != null) {
            tc.panel.setPhones(phones, false);
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    /** Opens with what the Trust Audit holds: its phones and the cluster's ITLs. Swing thread. */
    static ReadinessTopComponent openWith(ReadinessWindow.Request request) {
        ReadinessTopComponent tc = findInstance();
        if (!request.phones().isEmpty()) {
            tc.panel.setPhones(new ReadinessPhones(request.phones(), request.client(), request.profiles(), false), true);
        }
        if (!request.clusterItls().isEmpty()) {
            tc.panel.setItls(request.clusterItls(), request.knownItlFiles(), request.knownItls());
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    ReadinessPanel panel() {
        return panel;
    }

    /** The window, found through Lookup by other modules. */
    @org.openide.util.lookup.ServiceProvider(service = ReadinessWindow.class)
    public static final class Opener implements ReadinessWindow {
        @Override
        public void open(Request request) {
            openWith(request);
        }
    }
}
