package org.voicebench.phone.cti;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach CUCM's CTI Manager through the user's own Cisco JTAPI jar. The password is not part of it:
 * it is handed to {@link CtiProvider#open} and forgotten.
 *
 * @param jar             the {@code jtapi.jar} from the user's CUCM (<i>Application &gt; Plugins</i>); never shipped
 * @param hosts           CTI Manager hosts, tried in order ({@code HOST} or {@code HOST:PORT}; the port defaults to 2748)
 * @param user            the application (or end) user with <i>Standard CTI Enabled</i>
 * @param cucmVersion     CUCM's version when known (from AXL), to name a jar that cannot talk to it; empty when unknown
 * @param providerTimeout how long the provider may take to come into service
 * @param terminalTimeout how long a phone's terminal may take to be found and come into service
 * @param keyGap          the least time between two deliveries to one phone (the field's 1 s: faster keys are lost)
 */
public record CtiSettings(Path jar, List<String> hosts, String user, String cucmVersion, Duration providerTimeout,
                          Duration terminalTimeout, Duration keyGap) {

    public static final int DEFAULT_PORT = 2748;
    /** Back-to-back {@code sendData} calls fail silently or blank the screen (Cisco's guide; field tools wait 1-2 s). */
    public static final Duration FIELD_KEY_GAP = Duration.ofSeconds(1);
    /** The application name CUCM shows for VoiceBench's CTI connection ({@code appinfo=}; no {@code =} or {@code ;}). */
    static final String APP_INFO = "VoiceBench";

    public CtiSettings {
        Objects.requireNonNull(jar, "jar");
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty() || hosts.stream().anyMatch(h -> h.isBlank() || h.contains(";") || h.contains(","))) {
            throw new IllegalArgumentException("at least one CTI Manager host is needed, each HOST or HOST:PORT");
        }
        if (user == null || user.isBlank() || user.contains(";") || user.contains("=")) {
            throw new IllegalArgumentException("a CTI application user is needed (no ';' or '=' in it)");
        }
        cucmVersion = cucmVersion == null ? "" : cucmVersion.strip();
        positive(providerTimeout, "provider timeout");
        positive(terminalTimeout, "terminal timeout");
        Objects.requireNonNull(keyGap, "keyGap");
        if (keyGap.isNegative()) {
            throw new IllegalArgumentException("the key gap cannot be negative");
        }
    }

    /** The field's defaults: 60 s for the provider, 30 s per terminal, 1 s between keys. */
    public static CtiSettings of(Path jar, List<String> hosts, String user) {
        return new CtiSettings(jar, hosts, user, "", Duration.ofSeconds(60), Duration.ofSeconds(30), FIELD_KEY_GAP);
    }

    public CtiSettings withCucmVersion(String version) {
        return new CtiSettings(jar, hosts, user, version, providerTimeout, terminalTimeout, keyGap);
    }

    public CtiSettings withKeyGap(Duration gap) {
        return new CtiSettings(jar, hosts, user, cucmVersion, providerTimeout, terminalTimeout, gap);
    }

    public CtiSettings withTimeouts(Duration provider, Duration terminal) {
        return new CtiSettings(jar, hosts, user, cucmVersion, provider, terminal, keyGap);
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the " + what + " must be positive");
        }
    }
}
