package org.voicebench.macro;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.model.ModelProfile;

/**
 * A macro's steps for one phone model, profile sequences expanded: what the player runs. Also the timing
 * rule: after a key or URI step the player waits the macro's default delay, unless the next step is a
 * pause, which then stands in for it; reads (guards, screenshots) add no delay of their own.
 *
 * @param macro   the macro
 * @param profile the phone's model profile, or null when unknown
 * @param steps   the steps to run, in order
 * @param variant the variant the steps came from, or null for a macro without variants
 * @param transport how the keys are sent
 */
public record ResolvedMacro(Macro macro, ModelProfile profile, List<Step> steps, Variant variant, KeyTransport transport) {

    public ResolvedMacro {
        steps = List.copyOf(steps);
        transport = transport == null ? KeyTransport.WEB : transport;
    }

    public ResolvedMacro(Macro macro, ModelProfile profile, List<Step> steps, Variant variant) {
        this(macro, profile, steps, variant, KeyTransport.WEB);
    }

    /**
     * True when the steps press keys without reading the screen and nobody has shown that exactly these keys work that
     * way: a variant marked blind, or keys over CTI that are not verified for CTI. To run only when the user accepted that.
     */
    public boolean blind() {
        if (transport == KeyTransport.CTI) {
            return variant == null || !variant.ctiVerified();
        }
        return variant != null && variant.blind();
    }

    /**
     * How well these steps are known, for the plan and the confirmation: the variant's stated evidence, else
     * the model profile's evidence for its ITL-erase keys when the steps use them, else "not stated".
     */
    public String evidence() {
        if (variant != null && !variant.evidence().isEmpty()) {
            return variant.evidence();
        }
        return "not stated";
    }

    public Optional<ModelProfile> model() {
        return Optional.ofNullable(profile);
    }

    /**
     * For where a user decides (a plan, a confirmation, a dry run): whether the keys read the screen, and how well
     * the menu path is known, e.g. {@code items found by their labels, each screen checked; menu path field-tested}.
     */
    public String howKnown() {
        if (transport == KeyTransport.CTI) {
            String cti = variant == null || variant.ctiEvidence().isEmpty() ? "not stated" : variant.ctiEvidence();
            return (blind() ? "BLIND keys over CTI: nothing can be read, no guard checks the screen"
                    : "keys over CTI (nothing can be read, no guard checks the screen)")
                    + "; these keys over CTI " + (cti.equals("assumed") ? "assumed, not yet confirmed on a real phone" : cti);
        }
        String keys = blind() ? "BLIND keys: the screen cannot be read, no guard checks it"
                : steps.stream().anyMatch(s -> s instanceof Step.Open) ? "items found by their labels, each screen checked"
                : "keys as recorded";
        String e = evidence();
        return keys + "; menu path " + (e.equals("assumed") ? "assumed, not yet confirmed on a real phone" : e);
    }

    /** The wait after step {@code index} (0-based) before the next one. */
    public Duration delayAfter(int index) {
        Step s = steps.get(index);
        if (s instanceof Step.Pause p) {
            return Duration.ofMillis(p.millis());
        }
        if (s instanceof Step.Open) { // it waited the default delay itself before reading the opened screen
            return Duration.ZERO;
        }
        boolean last = index == steps.size() - 1;
        if (!s.acts() || last || steps.get(index + 1) instanceof Step.Pause) {
            return Duration.ZERO;
        }
        return macro.defaultDelay();
    }

    /** The index of the last key or URI step, or -1 when there is none. */
    public int lastActingStep() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).acts()) {
                return i;
            }
        }
        return -1;
    }

    /** The sum of the delays and pauses: no phone can finish the macro faster. */
    public Duration minimumDuration() {
        Duration d = Duration.ZERO;
        for (int i = 0; i < steps.size(); i++) {
            d = d.plus(delayAfter(i));
            if (steps.get(i) instanceof Step.Open) {
                d = d.plus(macro.defaultDelay()); // the wait before its new screen is read
            }
        }
        return d;
    }
}
