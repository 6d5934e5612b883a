package org.voicebench.readiness;

import java.util.List;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.inventory.PhoneState;

/** What the phone's own answer says of its access: its web server answers, or refuses connections. */
final class PageAccess {

    private PageAccess() {
    }

    static PhoneAccess of(PhoneAudit today) {
        AccessLevel web = observedWeb(today);
        return new PhoneAccess(null, web, null, "", List.of(web == null ? "web access unknown: the phone did not answer"
                : "web access " + web + ": " + (web == AccessLevel.ENABLED ? "its pages answer" : "it refuses connections"),
                "settings access unknown: read from CUCM with --axl"));
    }

    /** ENABLED when its pages answered, DISABLED when it refused connections, null otherwise. */
    static AccessLevel observedWeb(PhoneAudit today) {
        PhoneState reach = today.assessment().reach();
        if (reach == null) {
            return null;
        }
        return switch (reach) {
            case REACHABLE, AUTH_OK, AUTH_FAILED, ERROR -> AccessLevel.ENABLED;
            case WEB_ACCESS_OFF -> AccessLevel.DISABLED;
            default -> null;
        };
    }
}
