package org.voicebench.personalize;

/** How one picture is fitted to a model's background size when their shapes differ. */
public enum Fit {
    /** Scale to cover the whole size and cut what overflows, centred: no bars, edges may be lost. */
    CROP,
    /** Scale to fit inside the size and fill the rest with black bars: nothing lost. */
    LETTERBOX
}
