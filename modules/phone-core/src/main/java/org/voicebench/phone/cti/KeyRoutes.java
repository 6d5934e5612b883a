package org.voicebench.phone.cti;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.voicebench.phone.KeyChannel;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * Which way each phone's keys go in a run: the chosen {@link TransportMode}, the open CTI provider if any, and the
 * phones already known to need CTI (web access off, credentials refused). Immutable.
 */
public final class KeyRoutes {

    private static final Pattern DEVICE_NAME = Pattern.compile("SEP[0-9A-F]{12}");
    private static final KeyRoutes WEB = new KeyRoutes(TransportMode.WEB, null, Set.of());

    private final TransportMode mode;
    private final CtiProvider cti;
    private final Set<String> ctiFirst;

    private KeyRoutes(TransportMode mode, CtiProvider cti, Set<String> ctiFirst) {
        this.mode = mode;
        this.cti = cti;
        this.ctiFirst = ctiFirst;
    }

    /** Every key over the phones' web servers, as before CTI existed. */
    public static KeyRoutes web() {
        return WEB;
    }

    /**
     * @param cti the open provider; null only with {@link TransportMode#WEB}, or with {@code AUTO} when CTI is not
     *            configured (then phones that would need it are told so)
     */
    public static KeyRoutes of(TransportMode mode, CtiProvider cti) {
        Objects.requireNonNull(mode, "mode");
        if (mode == TransportMode.CTI && cti == null) {
            throw new IllegalArgumentException("transport cti needs an open CTI provider");
        }
        return new KeyRoutes(mode, mode == TransportMode.WEB ? null : cti, Set.of());
    }

    /**
     * The routes of a run asked for {@code mode} while no CTI provider is open (CTI not configured, or not needed by
     * the plan): the web server's, and under {@code auto} (also when {@code cti} was asked) phones that would need
     * CTI are told so. Shared by the command line's and the Trust Audit window's fixes.
     */
    public static KeyRoutes withoutCti(TransportMode mode) {
        return of(Objects.requireNonNull(mode, "mode") == TransportMode.WEB ? TransportMode.WEB : TransportMode.AUTO, null);
    }

    /** These routes, with {@code phones} known to need CTI: under {@code auto} they start over CTI. */
    public KeyRoutes ctiFirst(Collection<PhoneAddress> phones) {
        return new KeyRoutes(mode, cti, phones.stream().map(PhoneAddress::toString).collect(Collectors.toUnmodifiableSet()));
    }

    public TransportMode mode() {
        return mode;
    }

    /** True when a CTI provider is open for the run. */
    public boolean ctiAvailable() {
        return cti != null;
    }

    /** How the phone's keys go first. */
    public KeyTransport first(PhoneEntry phone) {
        return switch (mode) {
            case WEB -> KeyTransport.WEB;
            case CTI -> KeyTransport.CTI;
            case AUTO -> cti != null && ctiFirst.contains(phone.address().toString()) ? KeyTransport.CTI : KeyTransport.WEB;
        };
    }

    /**
     * True when a phone whose web server failed this way, before any key reached it, is to be tried over CTI:
     * {@code auto} with CTI open, and web access off or credentials refused.
     */
    public boolean fallsBackToCti(PhoneFailure webFailure) {
        return mode == TransportMode.AUTO && cti != null
                && (webFailure == PhoneFailure.WEB_ACCESS_DISABLED || webFailure == PhoneFailure.AUTH_FAILED);
    }

    /** The phone's CUCM device name ({@code SEP} and 12 hex digits) from its name in the list, if it has one. */
    public static Optional<String> deviceName(PhoneEntry phone) {
        String n = phone.name().strip().toUpperCase(Locale.ROOT);
        return DEVICE_NAME.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }

    /**
     * The phone's CTI channel.
     *
     * @throws IllegalStateException when no provider is open, or the phone has no device name to find its terminal by
     */
    public KeyChannel ctiChannel(PhoneEntry phone) {
        if (cti == null) {
            throw new IllegalStateException("CTI is not configured for this run");
        }
        String device = deviceName(phone).orElseThrow(() -> new IllegalStateException("phone " + phone.address()
                + " has no device name (SEP and its MAC) in the phone list: over CTI CUCM finds a phone only by it"));
        return cti.channel(phone.address(), device);
    }
}
