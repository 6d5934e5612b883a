package org.voicebench.phone.sim;

import java.util.function.Supplier;

/**
 * What CUCM holds for a phone and the phone has not taken yet: its Web Access, Settings Access and Authentication
 * URL scheme after an AXL {@code updatePhone}. The phone takes it at its next restart ({@code applyPhone},
 * {@code doDeviceReset}, or any other) only when it trusts the signer of its configuration file
 * ({@link ConfigFileTrust}); until then AXL shows these values and the phone behaves as before.
 *
 * @param webAccess              Web Access on
 * @param settingsAccess         Settings Access
 * @param httpsAuthenticationUrl the Authentication URL is HTTPS
 * @param signer                 the certificate signing the phone's configuration file now (its node's CallManager), null
 *                               without a cluster
 */
record ConfigurationOffer(boolean webAccess, SettingsAccess settingsAccess, boolean httpsAuthenticationUrl,
                          Supplier<byte[]> signer) {

    /** The phone's conditions with this configuration taken. */
    PhoneConditions applyTo(PhoneConditions c) {
        return c.withWebAccess(webAccess).withSettingsAccess(settingsAccess).withHttpsAuthenticationUrl(httpsAuthenticationUrl);
    }

    /** Whether a phone holding {@code held} (and served {@code served} by its node) takes it. */
    boolean trusted(TrustStore.Installed held, byte[] served) {
        return ConfigFileTrust.accepts(held == null ? null : held.bytes(), served, signer == null ? null : signer.get());
    }
}
