package org.voicebench.phone.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.cucm.ProductSettings;

/**
 * A lab phone's product-specific configuration as the simulated AXL shows it ({@code vendorConfig}): Web Access,
 * Settings Access and the Authentication URL are read from the phone itself (what it runs with, or what CUCM holds
 * for it and it has not taken yet: {@link ConfigurationOffer}), so the AXL view and the phone's state are one truth;
 * the other elements are kept as the last {@code updatePhone} sent them. The element names and codes are
 * {@link ProductSettings#builtIn()}'s, the same data the client reads (assumed codes, see docs/phone-fidelity.md).
 */
final class LabVendorConfig {

    private static final ProductSettings SETTINGS = ProductSettings.builtIn();
    /** Elements a phone's vendorConfig has besides the three the lab acts on (CUCM-like values). */
    private static final Map<String, String> OTHERS = ordered("disableSpeaker", "false", "pcPort", "0",
            "settingsAccess", null, "garp", "1", "voiceVlanAccess", "0", "webAccess", null, "sshAccess", "1",
            "authenticationURL", null);

    private final String publisher;
    private final Map<String, Map<String, String>> sent = new ConcurrentHashMap<>();

    /** @param publisher the publisher's address, for the Authentication URLs */
    LabVendorConfig(String publisher) {
        this.publisher = publisher;
    }

    /** What {@code getPhone} returns for the phone now. */
    Map<String, String> read(SimulatedPhone p) {
        Map<String, String> out = new LinkedHashMap<>(sent.getOrDefault(p.name(), OTHERS));
        ConfigurationOffer pending = p.offeredConfiguration();
        boolean web = pending != null ? pending.webAccess() : p.conditions().webAccess();
        SettingsAccess settings = pending != null ? pending.settingsAccess() : p.conditions().settingsAccess();
        boolean https = pending != null ? pending.httpsAuthenticationUrl() : p.conditions().httpsAuthenticationUrl();
        out.put(SETTINGS.webAccess().element(), SETTINGS.webAccess().code(web ? AccessLevel.ENABLED : AccessLevel.DISABLED));
        out.put(SETTINGS.settingsAccess().element(), SETTINGS.settingsAccess().code(AccessLevel.valueOf(settings.name())));
        out.put(SETTINGS.authenticationUrl().element(), authenticationUrl(https));
        return out;
    }

    /**
     * What an {@code updatePhone} of the whole vendorConfig offers the phone; elements left out take CUCM's defaults
     * (Web Access disabled, Settings Access enabled: assumed) and the phone's current Authentication URL.
     *
     * @throws CucmSoap.BadRequest for a value that is no known code
     */
    ConfigurationOffer update(SimulatedPhone p, Map<String, String> vendorConfig, Supplier<byte[]> signer)
            throws CucmSoap.BadRequest {
        AccessLevel web = level(SETTINGS.webAccess(), vendorConfig, AccessLevel.DISABLED);
        AccessLevel settings = level(SETTINGS.settingsAccess(), vendorConfig, AccessLevel.ENABLED);
        if (web == AccessLevel.RESTRICTED) {
            throw new CucmSoap.BadRequest("webAccess cannot be restricted", null);
        }
        String url = vendorConfig.get(SETTINGS.authenticationUrl().element());
        boolean https = url == null || url.isBlank() ? p.conditions().httpsAuthenticationUrl()
                : url.strip().regionMatches(true, 0, "https:", 0, 6);
        sent.put(p.name(), new LinkedHashMap<>(vendorConfig));
        return new ConfigurationOffer(web == AccessLevel.ENABLED, SettingsAccess.valueOf(settings.name()), https, signer);
    }

    /** The vendorConfig of a device that is no lab phone: every access on. */
    static Map<String, String> defaults() {
        Map<String, String> out = new LinkedHashMap<>(OTHERS);
        out.put(SETTINGS.webAccess().element(), SETTINGS.webAccess().code(AccessLevel.ENABLED));
        out.put(SETTINGS.settingsAccess().element(), SETTINGS.settingsAccess().code(AccessLevel.ENABLED));
        out.remove(SETTINGS.authenticationUrl().element());
        return out;
    }

    private String authenticationUrl(boolean https) {
        return https ? "https://" + publisher + ":8443/ccmcip/authenticate.jsp"
                : "http://" + publisher + ":8080/ccmcip/authenticate.jsp";
    }

    private static AccessLevel level(ProductSettings.Setting s, Map<String, String> sent, AccessLevel absent)
            throws CucmSoap.BadRequest {
        String v = sent.get(s.element());
        if (v == null) {
            return absent;
        }
        AccessLevel l = s.read(new PhoneVendorConfig("-", "", Map.of(s.element(), v))).orElse(null);
        if (l == null) {
            throw new CucmSoap.BadRequest("Invalid value '" + v + "' for " + s.element() + " (the simulator takes "
                    + s.values().keySet() + ")", null);
        }
        return l;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return out;
    }
}
