package org.voicebench.readiness;

import java.util.Objects;
import org.voicebench.audit.PhoneAudit;

/**
 * One phone before the change.
 *
 * @param today   the phone and its ITL state today (audit-core's assessment)
 * @param access  registration, Web and Settings Access, Authentication URL
 * @param after   what the comparer predicts after the change
 * @param outcome how it could be fixed afterwards
 * @param reason  one sentence: why that outcome
 */
public record PhoneReadiness(PhoneAudit today, PhoneAccess access, AfterChange after, Outcome outcome, String reason) {

    public PhoneReadiness {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** The CUCM device name or the listed name. */
    public String name() {
        return today.phone().name();
    }

    public String model() {
        return today.model().isEmpty() ? today.phone().model() : today.model();
    }
}
