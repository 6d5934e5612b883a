package org.voicebench.personalize;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voicebench.phone.model.Personalization;

/**
 * What a push sends: a background made from one picture (rendered once per size, when a phone of that size
 * first needs it) and/or a ring tone.
 */
public final class PushContent {

    private final BufferedImage picture;
    private final Fit fit;
    private final RingTone tone;
    private final Map<Personalization.Background, ModelBackground> rendered = new ConcurrentHashMap<>();

    private PushContent(BufferedImage picture, Fit fit, RingTone tone) {
        if (picture == null && tone == null) {
            throw new IllegalArgumentException("nothing to push: give a background picture, a ring tone or both");
        }
        this.picture = picture;
        this.fit = fit == null ? Fit.CROP : fit;
        this.tone = tone;
    }

    /** @param picture the background source, or null; @param tone the ring tone, or null (not both null) */
    public static PushContent of(BufferedImage picture, Fit fit, RingTone tone) {
        return new PushContent(picture, fit, tone);
    }

    public boolean hasBackground() {
        return picture != null;
    }

    public boolean hasRingTone() {
        return tone != null;
    }

    public RingTone ringTone() {
        return tone;
    }

    ModelBackground background(Personalization.Background spec, String model) {
        return rendered.computeIfAbsent(spec, s -> Backgrounds.render(picture, List.of(model), s, fit));
    }
}
