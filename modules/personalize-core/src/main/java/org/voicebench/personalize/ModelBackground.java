package org.voicebench.personalize;

import java.awt.image.BufferedImage;
import java.util.List;
import org.voicebench.phone.model.Personalization;

/**
 * One model's background from the source picture: the full image and the thumbnail, already reduced to what
 * the display shows (its colour depth, or its grey levels), so {@link #full()} is also the preview.
 *
 * @param models    the models that share this size (e.g. 7941, 7942, 7961, 7962)
 * @param spec      the size and depth, from the model profile
 * @param full      the full image, {@code spec.width() x spec.height()}
 * @param thumbnail the thumbnail the phone's Background Images menu lists
 * @param fullPng   {@link #full()} as the PNG file the phone downloads
 * @param thumbnailPng {@link #thumbnail()} as PNG
 */
public record ModelBackground(List<String> models, Personalization.Background spec, BufferedImage full,
                              BufferedImage thumbnail, byte[] fullPng, byte[] thumbnailPng) {

    public ModelBackground {
        models = List.copyOf(models);
    }

    /** The TFTP folder, e.g. {@code Desktops/320x196x4}. */
    public String directory() {
        return spec.directory();
    }
}
