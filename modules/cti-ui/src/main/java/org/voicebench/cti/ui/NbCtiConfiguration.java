package org.voicebench.cti.ui;

import java.awt.EventQueue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.util.WeakListeners;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.ui.KeyringSecrets;

/**
 * The application's {@link CtiConfiguration}: the options in NbPreferences with the password in the Keyring; while
 * they name no CTI, the running Phone Lab's.
 */
@ServiceProvider(service = CtiConfiguration.class)
@Messages({
    "# {0} - user", "ERR_NoPassword=No password is saved for the CTI user {0}: give it in Tools > Options > CTI",
    "ERR_LabStopped=The Phone Lab whose CTI this was has stopped: start it again, or configure CTI in Tools > Options > CTI"
})
public final class NbCtiConfiguration implements CtiConfiguration {

    private final CtiStore store;
    private final Supplier<PhoneLabService> lab;
    private final ChangeSupport changes = new ChangeSupport(this);
    private final ChangeListener relay = e -> changes.fireChange();
    private volatile boolean listeningToLab;

    /** The application's: NbPreferences of this module, the Keyring, the registered lab. */
    public NbCtiConfiguration() {
        this(new CtiStore(NbPreferences.forModule(CtiConfiguration.class), new Keyring()),
                () -> Lookup.getDefault().lookup(PhoneLabService.class));
    }

    NbCtiConfiguration(CtiStore store, Supplier<PhoneLabService> lab) {
        this.store = store;
        this.lab = lab;
        store.addChangeListener(relay);
    }

    /** The CTI password in the NetBeans Keyring: ui-kit's {@link KeyringSecrets} as phone-core's SecretStore. */
    private static final class Keyring extends KeyringSecrets implements org.voicebench.phone.inventory.SecretStore {
    }

    CtiStore store() {
        return store;
    }

    @Override
    public Optional<CtiAccess> current() {
        CtiValues values = store.load();
        Optional<CtiSettings> own = values.settings();
        if (own.isPresent()) {
            return Optional.of(new CtiAccess(own.get(), false));
        }
        return values.empty() ? labCti().map(NbCtiConfiguration::access) : Optional.empty();
    }

    private static CtiAccess access(LabCti cti) {
        return new CtiAccess(CtiSettings.of(cti.jar(), List.of(cti.host()), cti.credentials().user()), true);
    }

    private Optional<LabCti> labCti() {
        PhoneLabService s = lab.get();
        return s == null ? Optional.empty() : s.cti();
    }

    @Override
    public TransportMode transport() {
        return store.load().transport();
    }

    @Override
    public boolean associate() {
        return store.load().associate();
    }

    @Override
    public CtiProvider open(CtiAccess access) throws CtiException {
        if (EventQueue.isDispatchThread()) {
            throw new IllegalStateException("CTI is opened off the Swing thread");
        }
        char[] password = password(access);
        try {
            return CtiProvider.open(access.settings(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(CtiAccess access) throws CtiException {
        if (access.fromLab()) {
            LabCti cti = labCti().filter(c -> c.host().equals(access.settings().hosts().get(0)))
                    .orElseThrow(() -> CtiException.notConfigured(Bundle.ERR_LabStopped()));
            return cti.credentials().password();
        }
        char[] saved = store.password();
        if (saved == null || saved.length == 0) {
            throw CtiException.notConfigured(Bundle.ERR_NoPassword(access.settings().user()));
        }
        return saved;
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        followLab();
        changes.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }

    /** The lab's start and stop change what {@link #current()} offers; listened to once someone listens here. */
    private void followLab() {
        if (listeningToLab) {
            return;
        }
        PhoneLabService s = lab.get();
        if (s != null) {
            listeningToLab = true;
            s.addChangeListener(WeakListeners.change(relay, s));
        }
    }
}
