package org.voicebench.phone.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.TrustFile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * Finds a phone's state with read-only requests: {@code DeviceInformationX} (reachable? model,
 * firmware), the HTML Network setup page (ITL state and TFTP server 1, where real phones show them;
 * the XML network pages only when the HTML page shows no ITL), and, when credentials are set, one
 * screenshot (the cheapest request that needs them; no key is pressed). Blocking: call off the Swing thread.
 */
public final class PhoneProbe {

    /**
     * What a probe found.
     *
     * @param state       the state
     * @param modelNumber the reported {@code modelNumber}, or null when not read
     * @param firmware    the reported {@code versionID} (else {@code appLoadID}), or null
     * @param macAddress  the reported {@code MACAddress} (names the phone's own files on its TFTP server,
     *                    {@code ITLSEP<MAC>.tlv}), or null when not read
     * @param itl         the ITL as the phone's pages show it ({@link TrustFile#NOT_SHOWN} when they do not)
     * @param tftpServer  the phone's {@code TFTP server 1} (whose ITL it should hold), or null when not read
     * @param trustSource the page the ITL state was read from, or why none could be: for reasons and reports
     * @param seen        when the phone last answered, or null when it did not
     * @param failure     the failure behind a bad state, or null
     * @param message     the failure's message (names the phone and what to do), or null
     */
    public record Result(PhoneState state, String modelNumber, String firmware, String macAddress, TrustFile itl,
            String tftpServer, String trustSource, Instant seen, PhoneFailure failure, String message) {

        public Result {
            Objects.requireNonNull(state, "state");
            itl = itl == null ? TrustFile.NOT_SHOWN : itl;
        }

        /** True or false when the pages say whether an ITL is installed; null when they do not. */
        public Boolean itlInstalled() {
            return switch (itl.presence()) {
                case INSTALLED -> Boolean.TRUE;
                case NOT_INSTALLED -> Boolean.FALSE;
                case NOT_SHOWN -> null;
            };
        }

        /** The installed ITL's hash as shown (normalised lower-case hex), or null. */
        public String itlHash() {
            return itl.hash();
        }
    }

    /** What the pages said about the trust state. */
    private record Trust(TrustFile itl, String tftpServer, String source) {
    }

    private final Clock clock;
    private final ModelProfiles profiles;

    public PhoneProbe(Clock clock, ModelProfiles profiles) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public PhoneProbe(Clock clock) {
        this(clock, ModelProfiles.builtIn());
    }

    public PhoneProbe() {
        this(Clock.systemUTC());
    }

    /**
     * Probes the phone.
     *
     * @param checkCredentials true to check the credentials with a screenshot (when a user is set)
     */
    public Result probe(Phone phone, boolean checkCredentials) {
        DeviceInformation info;
        try {
            info = phone.deviceInformation();
        } catch (PhoneException e) {
            return failed(e, null, null, null, null);
        }
        Instant seen = clock.instant();
        String firmware = info.versionID() != null ? info.versionID() : info.appLoadID();
        Phone known = phone.withModel(info.modelNumber(), profiles);
        Trust trust;
        try {
            trust = trust(known);
            seen = clock.instant();
        } catch (PhoneException e) { // only a cancellation gets here
            return failed(e, info, firmware, null);
        }
        if (!checkCredentials) {
            return new Result(PhoneState.REACHABLE, info.modelNumber(), firmware, info.macAddress(), trust.itl(),
                    trust.tftpServer(), trust.source(), seen, null, null);
        }
        try {
            known.screenshot();
            return new Result(PhoneState.AUTH_OK, info.modelNumber(), firmware, info.macAddress(), trust.itl(),
                    trust.tftpServer(), trust.source(), clock.instant(), null, null);
        } catch (PhoneException e) {
            if (e.failure() == PhoneFailure.NOT_AN_IMAGE || e.failure() == PhoneFailure.UNEXPECTED_RESPONSE) {
                // the phone answered but serves no screenshot that can be read (other firmware, a 404): the
                // credentials stay unproven, and the ITL state read from its public page still stands
                return new Result(PhoneState.REACHABLE, info.modelNumber(), firmware, info.macAddress(), trust.itl(),
                        trust.tftpServer(), trust.source(), seen, null, "the credentials were not checked: "
                        + e.getMessage());
            }
            Result r = failed(e, info, firmware, trust);
            return new Result(r.state(), r.modelNumber(), r.firmware(), r.macAddress(), r.itl(), r.tftpServer(),
                    r.trustSource(), seen, r.failure(), r.message());
        }
    }

    /**
     * The HTML Network setup page first; the XML pages when it shows no ITL (or cannot be read). Failures other
     * than a cancellation leave the state NOT_SHOWN with the reason in the source text.
     */
    private static Trust trust(Phone phone) throws PhoneException {
        String why;
        NetworkSetup html = null;
        try {
            html = phone.networkSetup();
            if (html.showsItl()) {
                return new Trust(html.itl(), html.tftpServer1(), html.source());
            }
            why = html.source() + " shows no ITL row";
        } catch (PhoneException e) {
            rethrowCancel(e);
            why = "the Network setup page could not be read (" + e.failure() + ")";
        }
        try {
            NetworkSetup xml = phone.networkSetupXml();
            String tftp = html != null && html.tftpServer1() != null ? html.tftpServer1() : xml.tftpServer1();
            if (xml.showsItl()) {
                return new Trust(xml.itl(), tftp, xml.source());
            }
            return new Trust(TrustFile.NOT_SHOWN, tftp, why + "; " + xml.source() + " neither");
        } catch (PhoneException e) {
            rethrowCancel(e);
            return new Trust(TrustFile.NOT_SHOWN, html == null ? null : html.tftpServer1(), why);
        }
    }

    private static void rethrowCancel(PhoneException e) throws PhoneException {
        if (e.failure() == PhoneFailure.CANCELLED) {
            throw e;
        }
    }

    private static Result failed(PhoneException e, DeviceInformation info, String firmware, Trust trust) {
        return failed(e, info.modelNumber(), firmware, info.macAddress(), trust);
    }

    private static Result failed(PhoneException e, String model, String firmware, String mac, Trust trust) {
        return new Result(PhoneState.of(e.failure()), model, firmware, mac, trust == null ? null : trust.itl(),
                trust == null ? null : trust.tftpServer(), trust == null ? null : trust.source(), null, e.failure(),
                e.getMessage());
    }
}
