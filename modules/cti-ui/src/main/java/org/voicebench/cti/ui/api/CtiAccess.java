package org.voicebench.cti.ui.api;

import java.util.Objects;
import org.voicebench.phone.cti.CtiSettings;

/**
 * CTI as it can be used now: the settings of Tools &gt; Options &gt; CTI, or, while the user has configured none,
 * the running Phone Lab's (its stand-in JTAPI jar, lab CTI host and application user). No password: it is read
 * when the provider is {@linkplain CtiConfiguration#open opened}, and forgotten.
 *
 * @param settings the jar, the CTI Manager hosts, the application user
 * @param fromLab  true when these are the running lab's
 */
public record CtiAccess(CtiSettings settings, boolean fromLab) {

    public CtiAccess {
        Objects.requireNonNull(settings, "settings");
    }

    /** {@code user@host,host}, for status lines and logs. */
    public String describe() {
        return settings.user() + "@" + String.join(",", settings.hosts());
    }
}
