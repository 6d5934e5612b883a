package org.voicebench.phone.cucm;

import java.util.Locale;
import java.util.Objects;

/**
 * The Authentication URLs a cluster gives its phones (enterprise parameters): a phone hands every
 * user's credentials to one of them, so a phone that cannot validate an HTTPS one refuses everyone.
 *
 * @param url        <i>URL Authentication</i> ({@value AxlClient#URL_AUTHENTICATION}), the HTTP one,
 *                   e.g. {@code http://cucm-pub:8080/ccmcip/authenticate.jsp}; "" when not set
 * @param securedUrl <i>Secured Authentication URL</i>, used by phones with security (an ITL) when
 *                   set, usually HTTPS; "" when not set or not found
 */
public record AuthenticationUrls(String url, String securedUrl) {

    public AuthenticationUrls {
        url = Objects.requireNonNullElse(url, "").strip();
        securedUrl = Objects.requireNonNullElse(securedUrl, "").strip();
    }

    /** Whether the secured URL is set and HTTPS: phones then need the tomcat certificate trusted through their ITL. */
    public boolean securedIsHttps() {
        return securedUrl.toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
