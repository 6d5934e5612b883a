package org.voicebench.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.cucm.ProductSettings;

/**
 * What the campaign turns on during the change: Web Access and Settings Access, and, where asked, an HTTP
 * Authentication URL in place of an HTTPS one (a phone with a rejected ITL cannot validate HTTPS and refuses every user).
 *
 * @param httpAuthenticationUrl the HTTP URL to set, or null to leave the Authentication URL alone
 */
public record AccessTarget(ProductSettings settings, String httpAuthenticationUrl) {

    public AccessTarget {
        if (httpAuthenticationUrl != null && !httpAuthenticationUrl.strip().toLowerCase(java.util.Locale.ROOT)
                .startsWith("http://")) {
            throw new IllegalArgumentException("the Authentication URL during the change must be http://..., not '"
                    + httpAuthenticationUrl + "'");
        }
    }

    /** The whole vendorConfig the phone gets during the change: its own, with what it lacks turned on. */
    public Map<String, String> desired(PhoneVendorConfig original) {
        Map<String, String> out = new LinkedHashMap<>(original.vendorConfig());
        ProductSettings.Setting web = settings.webAccess();
        ProductSettings.Setting menus = settings.settingsAccess();
        if (web.read(original).orElse(null) != AccessLevel.ENABLED) {
            out.put(web.element(), web.code(AccessLevel.ENABLED));
        }
        if (menus.read(original).orElse(null) != AccessLevel.ENABLED) {
            out.put(menus.element(), menus.code(AccessLevel.ENABLED));
        }
        String url = original.value(settings.authenticationUrl().element());
        if (httpAuthenticationUrl != null && (url == null || url.strip().toLowerCase(java.util.Locale.ROOT)
                .startsWith("https:"))) {
            out.put(settings.authenticationUrl().element(), httpAuthenticationUrl.strip());
        }
        return out;
    }

    /** What differs between two configurations, in words ({@code webAccess 1 -> 0 (DISABLED -> ENABLED)}). */
    public List<String> changes(Map<String, String> from, Map<String, String> to) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : to.entrySet()) {
            String before = from.get(e.getKey());
            if (!e.getValue().equals(before)) {
                out.add(label(e.getKey()) + " " + meaning(e.getKey(), before) + " -> " + meaning(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private String label(String element) {
        if (element.equals(settings.webAccess().element())) {
            return "Web Access";
        }
        if (element.equals(settings.settingsAccess().element())) {
            return "Settings Access";
        }
        return element.equals(settings.authenticationUrl().element()) ? "Authentication URL" : element;
    }

    private String meaning(String element, String code) {
        if (code == null) {
            return "(not set)";
        }
        for (ProductSettings.Setting s : List.of(settings.webAccess(), settings.settingsAccess())) {
            if (s.element().equals(element) && s.values().containsKey(code)) {
                return s.values().get(code).name();
            }
        }
        return code;
    }
}
