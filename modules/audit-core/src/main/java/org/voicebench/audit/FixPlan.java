package org.voicebench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * Which phones get the erase macro and which are skipped, and why: the engineer reviews it before
 * anything is pressed. Phones that match are not in the plan. Every mismatched phone whose model has
 * a variant of the macro is erased, also when the comparer says it would recover through TVS: the
 * erase makes it certain now, and the read-back proves it.
 *
 * @param macro the erase macro
 * @param items one per phone that does not match, in audit order
 * @param blindAccepted the engineer accepted keys pressed blind on models whose screen cannot be read
 */
public record FixPlan(Macro macro, List<PlanItem> items, boolean blindAccepted) {

    public FixPlan {
        Objects.requireNonNull(macro, "macro");
        items = List.copyOf(items);
    }

    public FixPlan(Macro macro, List<PlanItem> items) {
        this(macro, items, false);
    }

    /** {@link #of(List, Macro, ModelProfiles, boolean)} without blind keys: such phones are skipped with the reason. */
    public static FixPlan of(List<PhoneAudit> phones, Macro macro, ModelProfiles profiles) {
        return of(phones, macro, profiles, false);
    }

    /**
     * Plans the fix of the audited phones.
     *
     * @param macro    the erase macro (the built-in {@code erase-itl})
     * @param profiles to find each model's variant
     * @param blindAccepted also erase phones whose variant presses its keys blind (their screen cannot be read)
     */
    public static FixPlan of(List<PhoneAudit> phones, Macro macro, ModelProfiles profiles, boolean blindAccepted) {
        List<PlanItem> out = new ArrayList<>();
        for (PhoneAudit p : phones) {
            switch (p.state()) {
                case MATCH -> {
                    // nothing to do
                }
                case MISMATCH -> out.add(mismatched(p, macro, profiles, blindAccepted));
                case NOT_INSTALLED -> out.add(new PlanItem(p, false, "", "it holds no ITL: it takes the cluster's"
                        + " ITL by itself at its next restart (reset it from CUCM)"));
                case UNKNOWN -> out.add(new PlanItem(p, false, "", "its ITL state is unknown: "
                        + p.assessment().reason()));
            }
        }
        return new FixPlan(macro, out, blindAccepted);
    }

    private static PlanItem mismatched(PhoneAudit p, Macro macro, ModelProfiles profiles, boolean blindAccepted) {
        if (p.model().isEmpty()) {
            return new PlanItem(p, false, "", "its model is unknown, so the keys of " + macro.name() + " are too");
        }
        ModelProfile profile = profiles.find(p.model()).orElse(null);
        if (profile == null) {
            return new PlanItem(p, false, "", "no model profile for " + p.model() + ", so no keys for " + macro.name());
        }
        ResolvedMacro resolved;
        try {
            resolved = macro.resolve(profile);
        } catch (MacroNotApplicableException e) {
            return new PlanItem(p, false, "", e.getMessage());
        }
        if (resolved.blind() && !blindAccepted) {
            return new PlanItem(p, false, "", "the screen of a " + profile.model() + " cannot be read remotely, so the"
                    + " erase keys would be pressed blind with no guard; erase it by hand, or accept blind keys"
                    + " (--accept-blind) after checking one phone");
        }
        String why = p.recoveryNote().isEmpty() ? "its ITL does not match" : p.recoveryNote();
        return new PlanItem(p, true, macro.name(), why + "; " + resolved.steps().size() + " steps for "
                + profile.model() + " (" + resolved.howKnown() + ")");
    }

    /** The phones the macro runs on. */
    public List<PlanItem> erasing() {
        return items.stream().filter(PlanItem::erase).toList();
    }

    /** The phones that are not MATCH but skipped. */
    public List<PlanItem> skipped() {
        return items.stream().filter(i -> !i.erase()).toList();
    }
}
