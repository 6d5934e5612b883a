package org.voicebench.readiness.report;

import org.voicebench.readiness.Outcome;

/** One colour per outcome, for the HTML chart and the window's. */
public final class OutcomeColors {

    private OutcomeColors() {
    }

    /** {@code 0xRRGGBB}. */
    public static int rgb(Outcome o) {
        return switch (o) {
            case OK -> 0x2E7D32;
            case RECOVERABLE_VIA_TVS -> 0x9CCC65;
            case RESTART -> 0x66BB6A;
            case ERASE_WEB -> 0x1565C0;
            case ERASE_CTI -> 0x6A1B9A;
            case ERASE_AT_PHONE -> 0xEF6C00;
            case FACTORY_RESET_ONLY -> 0xC62828;
        };
    }

    /** CSS {@code #rrggbb}. */
    public static String css(Outcome o) {
        return String.format("#%06x", rgb(o));
    }
}
