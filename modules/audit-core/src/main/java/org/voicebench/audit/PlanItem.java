package org.voicebench.audit;

import java.util.Objects;
import org.voicebench.phone.KeyTransport;

/**
 * What the fix does with one phone that does not match: the least that should work.
 *
 * @param phone  the phone
 * @param action RESTART (it recovers by itself once restarted), ERASE (its ITL must go; it takes the next ITL on
 *               trust) or SKIP (nothing is sent to it)
 * @param macro  the macro that runs ({@code restart}, {@code erase-itl}), "" when skipped
 * @param reason why: what the comparer says, how the keys are known, or why it is skipped
 * @param transport how its keys go: the web server, or CTI for a phone the web cannot drive
 */
public record PlanItem(PhoneAudit phone, Action action, String macro, String reason, KeyTransport transport) {

    /** The fix's action on one phone, least invasive first. */
    public enum Action {
        /** Restart it (by its menu, or through CUCM); erased after all only when the restart does not fix it. */
        RESTART,
        /** Erase its ITL with the built-in erase macro: it takes the next ITL it is given on trust. */
        ERASE,
        /** Leave it alone; the reason says why and what to do. */
        SKIP
    }

    public PlanItem {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(action, "action");
        macro = macro == null ? "" : macro;
        Objects.requireNonNull(reason, "reason");
        transport = transport == null ? KeyTransport.WEB : transport;
    }

    /** An item whose keys (if any) go over the web. */
    public PlanItem(PhoneAudit phone, Action action, String macro, String reason) {
        this(phone, action, macro, reason, KeyTransport.WEB);
    }

    /** True when the erase macro is planned for it from the start. */
    public boolean erase() {
        return action == Action.ERASE;
    }

    /** True when something is sent to it (a restart or an erase). */
    public boolean acts() {
        return action != Action.SKIP;
    }
}
