package org.voicebench.cli.personalize;

import java.util.Locale;
import org.voicebench.personalize.Fit;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --fit crop|letterbox}. */
final class Fits {

    private Fits() {
    }

    static Fit parse(String text, CommandLine cmd) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "crop" -> Fit.CROP;
            case "letterbox" -> Fit.LETTERBOX;
            default -> throw new ParameterException(cmd, "--fit must be crop or letterbox, not '" + text + "'");
        };
    }
}
