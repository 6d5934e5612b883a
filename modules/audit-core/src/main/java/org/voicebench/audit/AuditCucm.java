package org.voicebench.audit;

import org.voicebench.phone.cucm.AuthenticationUrls;

/**
 * What the audit knows of CUCM when the phones came from it; each part null when not known.
 *
 * @param restarter     restarts phones for plans made with {@link PlanOptions#restartByCucm()} (AXL doDeviceReset)
 * @param urls          the Authentication URLs the cluster gives its phones, so a refusal is explained with the URL used
 * @param registrations the phones' registrations (RIS), to tell that a phone erased over CTI came back
 */
public record AuditCucm(CucmRestarter restarter, AuthenticationUrls urls, Registrations registrations) {

    private static final AuditCucm NONE = new AuditCucm(null, null, null);

    /** Phones not from CUCM: nothing known of it. */
    public static AuditCucm none() {
        return NONE;
    }
}
