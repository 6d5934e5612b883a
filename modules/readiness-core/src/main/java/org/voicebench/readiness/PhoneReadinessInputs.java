package org.voicebench.readiness;

import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;

/** What {@link OutcomeRule} decides from: the phone today, its access, the comparer's prediction. */
record PhoneReadinessInputs(PhoneAudit phone, PhoneAccess access, AfterChange after) {

    /** Its ITL as its public page shows it (also when it refused the credentials). */
    ItlState today() {
        return phone.assessment().pageState();
    }
}
