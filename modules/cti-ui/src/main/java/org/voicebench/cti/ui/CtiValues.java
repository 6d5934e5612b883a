package org.voicebench.cti.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiSettings;

/**
 * What Tools &gt; Options &gt; CTI holds, as typed (the password is not part of it: it lives in the Keyring).
 *
 * @param jar       the path of the user's {@code jtapi.jar}, or ""
 * @param hosts     CTI Manager hosts separated by commas or spaces, or ""
 * @param user      the application user, or ""
 * @param associate add the run's phones to the user's controlled devices for the run
 * @param transport the default key transport of runs
 */
@Messages("ERR_Incomplete=Give the JTAPI jar, at least one CTI Manager host and the application user (or leave all"
        + " three empty: no CTI)")
record CtiValues(String jar, String hosts, String user, boolean associate, TransportMode transport) {

    static final CtiValues NONE = new CtiValues("", "", "", false, TransportMode.AUTO);

    CtiValues {
        jar = jar == null ? "" : jar.strip();
        hosts = hosts == null ? "" : hosts.strip();
        user = user == null ? "" : user.strip();
        Objects.requireNonNull(transport, "transport");
    }

    List<String> hostList() {
        return Arrays.stream(hosts.split("[,\\s]+")).filter(h -> !h.isBlank()).toList();
    }

    /** True when nothing of the connection is given (the lab's CTI may then be offered). */
    boolean empty() {
        return jar.isEmpty() && hosts.isEmpty() && user.isEmpty();
    }

    /** The settings when the jar, a host and the user are all given and valid, else empty. */
    Optional<CtiSettings> settings() {
        if (jar.isEmpty() || hostList().isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CtiSettings.of(Path.of(jar), hostList(), user));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What keeps these values from being saved, or null: all empty, or all given and valid. */
    String problem() {
        if (empty()) {
            return null;
        }
        if (jar.isEmpty() || hostList().isEmpty() || user.isEmpty()) {
            return Bundle.ERR_Incomplete();
        }
        try {
            Path.of(jar);
            CtiSettings.of(Path.of(jar), hostList(), user);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
