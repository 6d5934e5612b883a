package org.voicebench.personalize;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.Personalization;

/** Makes each model's background and thumbnail from one picture. */
public final class Backgrounds {

    private Backgrounds() {
    }

    /** One size's full image and thumbnail, reduced to its display, with the PNG files. */
    public static ModelBackground render(BufferedImage source, List<String> models, Personalization.Background spec, Fit fit) {
        Objects.requireNonNull(source, "source");
        BufferedImage full = DisplayDepth.reduce(FitScaler.fit(source, spec.width(), spec.height(), fit), spec);
        // the thumbnail is cut from the same framing as the full image, so both show the same picture
        BufferedImage thumbnail = DisplayDepth.reduce(FitScaler.fit(FitScaler.fit(source, spec.width(), spec.height(), fit),
                spec.thumbnailWidth(), spec.thumbnailHeight(), Fit.CROP), spec);
        return new ModelBackground(models, spec, full, thumbnail, PngFiles.encode(full), PngFiles.encode(thumbnail));
    }

    /**
     * Every given model that takes a background, one result per distinct size (models of one size share it, as
     * they share a TFTP folder), in the order the models come. Models without a background are left out:
     * {@link #unsupported(Collection)} names them.
     */
    public static List<ModelBackground> forModels(BufferedImage source, Collection<ModelProfile> models, Fit fit) {
        Map<Personalization.Background, List<String>> bySize = new LinkedHashMap<>();
        for (ModelProfile m : models) {
            m.personalization().backgroundImage().ifPresent(b -> bySize.computeIfAbsent(b, k -> new ArrayList<>()).add(m.model()));
        }
        List<ModelBackground> out = new ArrayList<>();
        bySize.forEach((spec, names) -> out.add(render(source, names, spec, fit)));
        return out;
    }

    /** The models among {@code models} whose profile gives no background size. */
    public static List<String> unsupported(Collection<ModelProfile> models) {
        return models.stream().filter(m -> m.personalization().backgroundImage().isEmpty()).map(ModelProfile::model).toList();
    }
}
