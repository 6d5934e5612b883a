package org.voicebench.macro;

import java.util.List;
import java.util.Set;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.PhoneFamily;

/**
 * The steps of a macro for some models: a macro's menus differ per family, so a built-in holds one
 * variant per family (or model) and the player picks the one matching the phone.
 *
 * @param families the families this variant is for (empty: none by family)
 * @param models   model ids or model numbers this variant is for ({@code 8851}, {@code CP-7965G}); a model
 *                 match wins over a family match
 * @param steps    the steps, at least one
 */
public record Variant(Set<PhoneFamily> families, List<String> models, List<Step> steps) {

    public Variant {
        families = Set.copyOf(families);
        models = List.copyOf(models);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a variant needs at least one step");
        }
    }

    /** True when the variant names this model (by id or any of its model numbers). */
    public boolean namesModel(ModelProfile profile) {
        return models.stream().anyMatch(m -> m.equalsIgnoreCase(profile.model())
                || profile.modelNumbers().stream().anyMatch(m::equalsIgnoreCase));
    }
}
