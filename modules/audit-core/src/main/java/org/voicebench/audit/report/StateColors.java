package org.voicebench.audit.report;

import org.voicebench.audit.AuditState;

/** One colour per state, shared by the HTML report's chart and the window's, so both read the same. */
public final class StateColors {

    private StateColors() {
    }

    /** The colour as {@code 0xRRGGBB}. */
    public static int rgb(AuditState state) {
        return switch (state) {
            case MATCH -> 0x2E7D32;
            case FIXED -> 0x66BB6A;
            case MISMATCH, STILL_MISMATCHED -> 0xC62828;
            case NOT_INSTALLED -> 0x1565C0;
            case DID_NOT_RETURN -> 0x6A1B9A;
            case RESTARTED -> 0x9CCC65;
            case UNKNOWN, NOT_ATTEMPTED -> 0x9E9E9E;
        };
    }

    /** The colour as CSS {@code #rrggbb}. */
    public static String css(AuditState state) {
        return String.format("#%06x", rgb(state));
    }
}
