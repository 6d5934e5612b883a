package org.voicebench.audit;

import java.util.Objects;

/**
 * What the fix does with one phone that does not match.
 *
 * @param phone  the phone
 * @param erase  true: the erase macro runs on it; false: it is skipped
 * @param macro  the macro that runs ({@code erase-itl}), "" when skipped
 * @param reason why: the variant and what the comparer says, or why it is skipped
 */
public record PlanItem(PhoneAudit phone, boolean erase, String macro, String reason) {

    public PlanItem {
        Objects.requireNonNull(phone, "phone");
        macro = macro == null ? "" : macro;
        Objects.requireNonNull(reason, "reason");
    }
}
