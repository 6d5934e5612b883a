package org.voicebench.readiness.ui.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.openide.util.Lookup;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.TrustList;

/**
 * The Readiness window, for other windows that hold phones and a cluster's ITLs (the Trust Audit's "Readiness..."):
 * they hand over what they have and the window opens with it. Found through Lookup; Swing thread.
 *
 * @since 0.1
 */
public interface ReadinessWindow {

    /**
     * What the window opens with.
     *
     * @param phones         the phones to check
     * @param client         the client that reaches them (its credentials)
     * @param profiles       the model profiles
     * @param clusterItls    the cluster's current ITL per TFTP node (files or URLs), may be empty
     * @param knownItlFiles  earlier ITLs the phones may hold, as files
     * @param knownItls      earlier ITLs already read (the Phone Lab's baselines)
     */
    record Request(List<PhoneEntry> phones, PhoneClient client, ModelProfiles profiles, List<String> clusterItls,
                   List<Path> knownItlFiles, List<TrustList> knownItls) {

        public Request {
            phones = List.copyOf(phones);
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(profiles, "profiles");
            clusterItls = List.copyOf(clusterItls);
            knownItlFiles = List.copyOf(knownItlFiles);
            knownItls = List.copyOf(knownItls);
        }
    }

    /** Opens (or brings to front) the window with the request's phones and ITLs. Swing thread. */
    void open(Request request);

    /** The application's window, or null when the readiness module is not enabled. */
    static ReadinessWindow getDefault() {
        return Lookup.getDefault().lookup(ReadinessWindow.class);
    }
}
