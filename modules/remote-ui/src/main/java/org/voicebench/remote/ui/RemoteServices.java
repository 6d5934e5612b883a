package org.voicebench.remote.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStop;
import org.openide.modules.Places;
import org.openide.util.Lookup;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.inventory.InventoryCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.SecretStore;
import org.voicebench.phone.model.ModelProfiles;

/**
 * What the Phones window and the remote views share: the phone list, the secret store, the one
 * {@link PhoneClient} of the application and the status refresher. The application's instance is
 * {@link #getDefault()}; tests make their own with a temporary file and secrets in memory.
 */
public final class RemoteServices implements AutoCloseable {

    /** The phone list's file, under the user directory's config folder. */
    static final String FILE = "config/VoiceBench/phones.json";
    private static final Logger LOG = Logger.getLogger(RemoteServices.class.getName());
    private static RemoteServices instance;

    private final PhoneList list;
    private final SecretStore secrets;
    private final PhoneClient client;
    private final ModelProfiles profiles = ModelProfiles.builtIn();
    private final StatusRefresher refresher;
    private final Set<RemoteSession> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    RemoteServices(PhoneList list, SecretStore secrets, PhoneClientSettings settings, PhoneLabService lab) {
        this.list = Objects.requireNonNull(list, "list");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        InventoryCredentials listed = new InventoryCredentials(list::inventory, secrets);
        this.client = new PhoneClient(settings, lab == null ? listed
                : new LabCredentials(InventoryCredentials.phonesOwn(list::inventory, secrets), listed, lab));
        this.refresher = new StatusRefresher(this);
        if (lab != null) {
            LabGroup.follow(lab, phones -> {
                list.setLab(phones);
                refresher.refresh(phones);
            });
        }
    }

    /** The application's services (created on first use): list in the user directory, passwords in the keyring. */
    public static synchronized RemoteServices getDefault() {
        if (instance == null) {
            File userDir = Places.getUserDirectory();
            Path file = (userDir != null ? userDir.toPath() : Path.of(System.getProperty("user.home"), ".voicebench")).resolve(FILE);
            PhoneList list;
            try {
                list = PhoneList.load(file);
            } catch (IOException e) {
                // the broken file stays as it is until the user changes the list
                LOG.log(Level.WARNING, "cannot read the phone list; starting with an empty one: " + e.getMessage(), e);
                list = PhoneList.empty(file);
            }
            instance = new RemoteServices(list, new KeyringStore(), PhoneClientSettings.defaults(),
                    Lookup.getDefault().lookup(PhoneLabService.class));
        }
        return instance;
    }

    PhoneList list() {
        return list;
    }

    SecretStore secrets() {
        return secrets;
    }

    ModelProfiles profiles() {
        return profiles;
    }

    /** The application's one client (for other modules through {@code PhonesContext}). */
    PhoneClient client() {
        return client;
    }

    /** Probes the listed ones of these phones again, in the background (what an audit, a fix or a macro touched). */
    void refreshStatus(java.util.Collection<PhoneEntry> touched) {
        var listed = list().inventory();
        refresher.refresh(touched.stream().filter(p -> listed.find(p.address()).isPresent()).toList());
    }

    StatusRefresher refresher() {
        return refresher;
    }

    /** The phone, with its model's profile when the model is known (so key aliases resolve). */
    Phone phone(PhoneEntry e) {
        return profiles.find(e.model()).map(p -> client.phone(e.address(), p)).orElseGet(() -> client.phone(e.address()));
    }

    /** True once {@link #close()} ran: requests still under way fail, and their failures mean nothing. */
    boolean closed() {
        return closed;
    }

    void register(RemoteSession s) {
        sessions.add(s);
    }

    void unregister(RemoteSession s) {
        sessions.remove(s);
    }

    /** Stops the remote views' and the refresher's requests, then closes the client. */
    @Override
    public void close() {
        closed = true;
        refresher.shutdown();
        List.copyOf(sessions).forEach(RemoteSession::close);
        client.close();
    }

    /** Closes the application's client when the application exits. */
    @OnStop
    public static final class CloseOnExit implements Runnable {
        @Override
        public void run() {
            RemoteServices s;
            synchronized (RemoteServices.class) {
                s = instance;
                instance = null;
            }
            if (s != null) {
                s.close();
            }
        }
    }
}
