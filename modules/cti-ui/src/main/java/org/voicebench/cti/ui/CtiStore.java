package org.voicebench.cti.ui;

import java.util.Arrays;
import java.util.Objects;
import java.util.prefs.Preferences;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.SecretStore;

/**
 * Where the CTI options live: the values in preferences (NbPreferences in the application), the password in the
 * secret store (the Keyring), never in preferences, logs or files. Swing-free; the secret store may block, so the
 * password methods are for background threads. Listeners are told after a save.
 */
@Messages("KEYRING_Description=VoiceBench: password of the CTI application user")
final class CtiStore {

    static final String JAR = "jtapiJar";
    static final String HOSTS = "ctiHosts";
    static final String USER = "ctiUser";
    static final String ASSOCIATE = "associate";
    static final String TRANSPORT = "transport";
    /** The Keyring key of the CTI user's password. */
    static final String PASSWORD_KEY = "org.voicebench.cti.password";

    private final Preferences preferences;
    private final SecretStore secrets;
    private final ChangeSupport changes = new ChangeSupport(this);

    CtiStore(Preferences preferences, SecretStore secrets) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    CtiValues load() {
        TransportMode transport;
        try {
            transport = TransportMode.parse(preferences.get(TRANSPORT, TransportMode.AUTO.id()));
        } catch (IllegalArgumentException e) {
            transport = TransportMode.AUTO;
        }
        return new CtiValues(preferences.get(JAR, ""), preferences.get(HOSTS, ""), preferences.get(USER, ""),
                preferences.getBoolean(ASSOCIATE, false), transport);
    }

    /** Saves the values (not the password) and tells the listeners. */
    void save(CtiValues values) {
        preferences.put(JAR, values.jar());
        preferences.put(HOSTS, values.hosts());
        preferences.put(USER, values.user());
        preferences.putBoolean(ASSOCIATE, values.associate());
        preferences.put(TRANSPORT, values.transport().id());
        changes.fireChange();
    }

    /** The saved password (the caller clears it), or null. May block. */
    char[] password() {
        return secrets.read(PASSWORD_KEY);
    }

    /** Saves the password in the secret store and clears {@code password}. May block. */
    void savePassword(char[] password) {
        try {
            secrets.save(PASSWORD_KEY, password, Bundle.KEYRING_Description());
        } finally {
            Arrays.fill(password, '\0');
        }
        changes.fireChange();
    }

    /** Forgets the saved password. May block. */
    void deletePassword() {
        secrets.delete(PASSWORD_KEY);
        changes.fireChange();
    }

    void addChangeListener(ChangeListener l) {
        changes.addChangeListener(l);
    }

    void removeChangeListener(ChangeListener l) {
        changes.removeChangeListener(l);
    }
}
