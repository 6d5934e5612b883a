package org.voicebench.readiness;

import org.voicebench.audit.PhoneAudit;

/** Reads a phone's access (registration, Web and Settings Access, Authentication URL), cross-checked with what the audit saw. */
@FunctionalInterface
public interface AccessReader {

    /**
     * @param today the phone as the audit found it (its page reachable or not): the cross-check
     * @throws InterruptedException when cancelled
     */
    PhoneAccess read(PhoneAudit today) throws InterruptedException;

    /** Without CUCM: only what the phone's page shows (web access), nothing of its settings. */
    static AccessReader fromPagesOnly() {
        return PageAccess::of;
    }
}
