package org.voicebench.macro.run;

import java.util.Arrays;
import java.util.Objects;

/**
 * A screenshot taken by a screenshot step, kept in the phone's result.
 *
 * @param step   the 1-based step that took it
 * @param label  the step's label ("" for none)
 * @param format {@code PNG} or {@code BMP}
 * @param bytes  the image as the phone sent it
 */
public record CapturedScreen(int step, String label, String format, byte[] bytes) {

    public CapturedScreen {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedScreen c && c.step == step && c.label.equals(label) && c.format.equals(format)
                && Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, label, format, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "CapturedScreen[step " + step + " " + label + " " + format + ", " + bytes.length + " bytes]";
    }
}
