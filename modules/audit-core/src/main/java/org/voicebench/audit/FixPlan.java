package org.voicebench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.certcheck.Verdict;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * What the fix does with each phone that does not match, and why: the engineer reviews it before anything is
 * pressed. The least invasive fix that should work: a phone the comparer says accepts the cluster's ITL (directly
 * or through TVS) is <b>restarted</b>; a phone that would reject it, or holds an ITL nobody knows, is
 * <b>erased</b> (a phone without an ITL takes the next one on trust, so erasing is the last resort); a restart
 * that does not fix a phone is followed by an erase. Phones that match are not in the plan.
 *
 * @param options how it was planned (the macros, erase-all, blind keys, restarts through CUCM)
 * @param items   one per phone that does not match, in audit order
 */
public record FixPlan(PlanOptions options, List<PlanItem> items) {

    public FixPlan {
        Objects.requireNonNull(options, "options");
        items = List.copyOf(items);
    }

    /** Plans the fix of the audited phones. */
    public static FixPlan of(List<PhoneAudit> phones, ModelProfiles profiles, PlanOptions options) {
        List<PlanItem> out = new ArrayList<>();
        for (PhoneAudit p : phones) {
            switch (p.state()) {
                case MATCH -> {
                    // nothing to do
                }
                case MISMATCH -> out.add(mismatched(p, profiles, options));
                case NOT_INSTALLED -> out.add(skip(p, "it holds no ITL: it takes the cluster's ITL by itself at its next"
                        + " restart (reset it from CUCM)"));
                case UNKNOWN -> out.add(skip(p, "its ITL state is unknown: " + p.assessment().reason()));
            }
        }
        return new FixPlan(options, out);
    }

    private static PlanItem skip(PhoneAudit p, String why) {
        return new PlanItem(p, PlanItem.Action.SKIP, "", why);
    }

    private static PlanItem mismatched(PhoneAudit p, ModelProfiles profiles, PlanOptions options) {
        Macro erase = options.erase();
        if (p.model().isEmpty()) {
            return skip(p, "its model is unknown, so the keys of " + erase.name() + " are too");
        }
        ModelProfile profile = profiles.find(p.model()).orElse(null);
        if (profile == null) {
            return skip(p, "no model profile for " + p.model() + ", so no keys for " + erase.name());
        }
        ResolvedMacro erasing;
        try {
            erasing = erase.resolve(profile);
        } catch (MacroNotApplicableException e) {
            return skip(p, e.getMessage());
        }
        if (erasing.blind() && !options.blindAccepted()) {
            return skip(p, "the screen of a " + profile.model() + " cannot be read remotely, so the erase keys would be"
                    + " pressed blind with no guard; erase it by hand, or accept blind keys (--accept-blind) after"
                    + " checking one phone");
        }
        boolean recovers = p.recovery() == Verdict.OK || p.recovery() == Verdict.RECOVERABLE_VIA_TVS;
        if (recovers && !options.eraseAll()) {
            PlanItem restart = restart(p, profile, options);
            if (restart != null) {
                return restart;
            }
        }
        String why = p.recoveryNote().isEmpty() ? "its ITL does not match" : p.recoveryNote();
        String how = options.eraseAll() && recovers ? " (--erase-all: erased although a restart would do)"
                : recovers ? " (no way to restart a " + profile.model() + " remotely is known)" : "";
        return new PlanItem(p, PlanItem.Action.ERASE, erase.name(), why + how + "; erased, it takes the next ITL it is"
                + " given on trust; " + erasing.steps().size() + " steps for " + profile.model() + " ("
                + erasing.howKnown() + ")");
    }

    /** A restart through CUCM or by the phone's menu, or null when neither is known for the model. */
    private static PlanItem restart(PhoneAudit p, ModelProfile profile, PlanOptions options) {
        String why = p.recoveryNote() + "; a restart is enough (read back after it, erased only if it still does not"
                + " match)";
        if (options.restartByCucm()) {
            return new PlanItem(p, PlanItem.Action.RESTART, PlanOptions.CUCM_RESTART, why + "; restarted by CUCM (AXL"
                    + " doDeviceReset), no key pressed");
        }
        try {
            ResolvedMacro r = options.restart().resolve(profile);
            if (r.blind() && !options.blindAccepted()) {
                return null;
            }
            return new PlanItem(p, PlanItem.Action.RESTART, options.restart().name(), why + "; " + r.steps().size()
                    + " steps for " + profile.model() + " (" + r.howKnown() + ")");
        } catch (MacroNotApplicableException e) {
            return null;
        }
    }

    /** The erase macro. */
    public Macro macro() {
        return options.erase();
    }

    /** The phones restarted first. */
    public List<PlanItem> restarting() {
        return items.stream().filter(i -> i.action() == PlanItem.Action.RESTART).toList();
    }

    /** The phones erased from the start. */
    public List<PlanItem> erasing() {
        return items.stream().filter(PlanItem::erase).toList();
    }

    /** The phones something is sent to (restarted or erased). */
    public List<PlanItem> acting() {
        return items.stream().filter(PlanItem::acts).toList();
    }

    /** The phones that are not MATCH but skipped. */
    public List<PlanItem> skipped() {
        return items.stream().filter(i -> i.action() == PlanItem.Action.SKIP).toList();
    }
}
