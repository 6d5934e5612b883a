package org.voicebench.readiness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.Registrations;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.cucm.ProductSettings;

/**
 * A phone's access as CUCM configures it (AXL getPhone, {@link ProductSettings}), its registration (RIS), cross-checked
 * with the phone's own answer: a phone whose pages refuse connections while CUCM says Web Access is enabled did not
 * take its configuration, and what it does is what counts.
 */
public final class CucmAccess implements AccessReader {

    private final CucmPhones cucm;
    private final ProductSettings settings;
    private final Registrations registrations;
    private final AuthenticationUrls clusterUrls;

    /**
     * @param registrations RIS, or null when not asked
     * @param clusterUrls   the cluster's Authentication URLs (enterprise parameters), used when the phone's own
     *                      configuration names none; null when unknown
     */
    public CucmAccess(CucmPhones cucm, ProductSettings settings, Registrations registrations, AuthenticationUrls clusterUrls) {
        this.cucm = Objects.requireNonNull(cucm, "cucm");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registrations = registrations;
        this.clusterUrls = clusterUrls;
    }

    @Override
    public PhoneAccess read(PhoneAudit today) {
        String device = KeyRoutes.deviceName(today.phone()).orElse(null);
        if (device == null) {
            PhoneAccess page = PageAccess.of(today);
            List<String> notes = new ArrayList<>(page.notes());
            notes.add("no device name (SEP and its MAC) in the phone list: CUCM cannot be asked");
            return new PhoneAccess(null, page.webAccess(), null, "", notes);
        }
        List<String> notes = new ArrayList<>();
        Boolean registered = registered(device, notes);
        PhoneVendorConfig config;
        try {
            config = cucm.get(device);
        } catch (IOException e) {
            PhoneAccess page = PageAccess.of(today);
            notes.add("CUCM did not give its configuration: " + e.getMessage());
            notes.addAll(page.notes());
            return new PhoneAccess(registered, page.webAccess(), null, "", notes);
        }
        AccessLevel configuredWeb = settings.webAccess().read(config).orElse(null);
        AccessLevel settingsAccess = settings.settingsAccess().read(config).orElse(null);
        AccessLevel observed = PageAccess.observedWeb(today);
        AccessLevel web = observed != null ? observed : configuredWeb;
        notes.add("CUCM (getPhone, " + settings.webAccess().evidence() + " codes): web access "
                + word(configuredWeb, config.value(settings.webAccess().element())) + ", settings access "
                + word(settingsAccess, config.value(settings.settingsAccess().element())));
        if (observed != null && configuredWeb != null && observed != configuredWeb) {
            notes.add("but the phone " + (observed == AccessLevel.ENABLED ? "answers on its web server" : "refuses"
                    + " connections") + ": it has not taken its configuration (it restarts with it only if it trusts"
                    + " the signer of its configuration file)");
        }
        String url = config.value(settings.authenticationUrl().element());
        if ((url == null || url.isBlank()) && clusterUrls != null) {
            url = clusterUrls.securedIsHttps() ? clusterUrls.securedUrl() : clusterUrls.url();
            notes.add("Authentication URL from the enterprise parameters");
        }
        return new PhoneAccess(registered, web, settingsAccess, url, notes);
    }

    private Boolean registered(String device, List<String> notes) {
        if (registrations == null) {
            return null;
        }
        try {
            return registrations.registeredSince(device).isPresent();
        } catch (IOException e) {
            notes.add("RIS did not say whether it is registered: " + e.getMessage());
            return null;
        }
    }

    private static String word(AccessLevel level, String code) {
        return level != null ? level.name() : code == null ? "not set" : "unknown code '" + code + "'";
    }
}
