package org.voicebench.phone.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * The conditions one simulated phone runs under: everything that stops or disturbs remote control
 * on a real phone. Immutable; use the {@code with...} methods to derive a variant.
 *
 * @param webAccess false: no web server is bound, connections are refused
 * @param settingsAccess the Settings Access option
 * @param authFailing true: every request gets Error 4 even with right credentials (user not associated,
 *        Authentication URL failing)
 * @param unlockPassword non-null: the admin/security menus ask for this (digits) password
 * @param busy true: the phone is in a call and discards key presses
 * @param uiLatency a key arriving sooner than this after the last accepted key is dropped
 * @param responseDelay every response is delayed this long
 * @param errorRate probability (0..1) that a request gets an HTTP 500
 * @param dropRate probability (0..1) that a connection is closed without a response
 * @param seed seed of the random errors and drops
 * @param hostile true: the XML pages carry a DOCTYPE with an external entity (an XXE attempt), to test
 *        that clients never resolve it
 * @param ownPassword non-null: the phone accepts the lab's users with this password only (a phone whose
 *        password was set apart from the rest); null: the lab's passwords
 * @param httpsAuthenticationUrl true: the phone's Authentication URL is HTTPS, so it checks credentials only
 *        while its installed ITL shares a TVS certificate with the ITL its TFTP node serves now (an assumed
 *        rule), else answers Error 4 to every request that needs them; false: HTTP (the default), credentials
 *        are checked whatever the ITL
 * @param frenchLabels true: the HTML Network setup page has French labels ({@code Serveur TFTP 1},
 *        {@code Signature ITL}, ...), as on a phone set to French; false: English
 * @param ctiRefusing true: the phone refuses data sent to it over CTI ({@code sendData} fails with
 *        {@code PlatformException}), whatever its web access
 * @param personalization true (the default): the phone takes {@code setBackground}/{@code setRingTone} (CUCM's
 *        Phone Personalization enabled); false: it refuses them with words naming personalization (assumed)
 */
public record PhoneConditions(boolean webAccess, SettingsAccess settingsAccess, boolean authFailing,
                              String unlockPassword, boolean busy, Duration uiLatency, Duration responseDelay,
                              double errorRate, double dropRate, long seed,
                              boolean hostile, String ownPassword, boolean httpsAuthenticationUrl,
                              boolean frenchLabels, boolean ctiRefusing, boolean personalization) {

    /** A healthy phone: web access on, settings enabled, no faults. */
    public static final PhoneConditions NORMAL = new PhoneConditions(true, SettingsAccess.ENABLED, false, null,
            false, Duration.ZERO, Duration.ZERO, 0, 0, 0, false, null, false, false, false, true);

    public PhoneConditions {
        Objects.requireNonNull(settingsAccess, "settingsAccess");
        Objects.requireNonNull(uiLatency, "uiLatency");
        Objects.requireNonNull(responseDelay, "responseDelay");
        if (uiLatency.isNegative() || responseDelay.isNegative()) {
            throw new IllegalArgumentException("latency and delay must not be negative");
        }
        checkRate("errorRate", errorRate);
        checkRate("dropRate", dropRate);
        if (unlockPassword != null && !unlockPassword.matches("[0-9]{1,16}")) {
            throw new IllegalArgumentException("unlock password must be 1-16 digits (entered with the keypad): "
                    + unlockPassword.length() + " characters given");
        }
        if (ownPassword != null && ownPassword.isEmpty()) {
            throw new IllegalArgumentException("a phone's own password must not be empty (null: the lab's password)");
        }
    }

    private static void checkRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + rate);
        }
    }

    public PhoneConditions withWebAccess(boolean on) {
        return new PhoneConditions(on, settingsAccess, authFailing, unlockPassword, busy, uiLatency, responseDelay,
                errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withSettingsAccess(SettingsAccess access) {
        return new PhoneConditions(webAccess, access, authFailing, unlockPassword, busy, uiLatency, responseDelay,
                errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withAuthFailing(boolean failing) {
        return new PhoneConditions(webAccess, settingsAccess, failing, unlockPassword, busy, uiLatency, responseDelay,
                errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withUnlockPassword(String password) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, password, busy, uiLatency, responseDelay,
                errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withBusy(boolean inCall) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, inCall, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withUiLatency(Duration latency) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, latency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withResponseDelay(Duration delay) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency, delay,
                errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withErrorRate(double rate) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, rate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withDropRate(double rate) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, rate, seed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withSeed(long newSeed) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, newSeed, hostile, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    public PhoneConditions withHostile(boolean value) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, value, ownPassword, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    /** This phone accepts the lab's users with {@code password} only (null: with the lab's password). */
    public PhoneConditions withOwnPassword(String password) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, password, httpsAuthenticationUrl,
                frenchLabels, ctiRefusing, personalization);
    }

    /** The phone's Authentication URL is HTTPS (true) or HTTP (false, the default). */
    public PhoneConditions withHttpsAuthenticationUrl(boolean https) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, https, frenchLabels, ctiRefusing, personalization);
    }

    /** The HTML Network setup page has French labels (true) or English ones (false, the default). */
    public PhoneConditions withFrenchLabels(boolean french) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl, french, ctiRefusing, personalization);
    }

    /** The phone refuses data sent over CTI (true) or takes it (false, the default). */
    public PhoneConditions withCtiRefusing(boolean refusing) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl, frenchLabels,
                refusing, personalization);
    }

    /** Phone Personalization on (true, the default) or off: {@code setBackground}/{@code setRingTone} refused. */
    public PhoneConditions withPersonalization(boolean on) {
        return new PhoneConditions(webAccess, settingsAccess, authFailing, unlockPassword, busy, uiLatency,
                responseDelay, errorRate, dropRate, seed, hostile, ownPassword, httpsAuthenticationUrl, frenchLabels,
                ctiRefusing, on);
    }

    /** Never prints the unlock or own password. */
    @Override
    public String toString() {
        return "PhoneConditions[web=" + webAccess + ", settings=" + settingsAccess + ", authFailing=" + authFailing
                + ", unlock=" + (unlockPassword == null ? "none" : "set") + ", busy=" + busy
                + ", uiLatency=" + uiLatency.toMillis() + "ms, delay=" + responseDelay.toMillis() + "ms, errorRate="
                + errorRate + ", dropRate=" + dropRate + ", seed=" + seed + ", hostile=" + hostile
                + ", password=" + (ownPassword == null ? "lab's" : "own password")
                + ", authenticationUrl=" + (httpsAuthenticationUrl ? "https" : "http")
                + ", labels=" + (frenchLabels ? "fr" : "en") + ", cti=" + (ctiRefusing ? "refusing" : "taking")
                + ", personalization=" + (personalization ? "on" : "off") + "]";
    }
}
