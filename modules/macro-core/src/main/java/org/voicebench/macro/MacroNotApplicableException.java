package org.voicebench.macro;

/** A macro that cannot run on a phone of some model: not for that model, or no variant for it. */
public final class MacroNotApplicableException extends Exception {

    public MacroNotApplicableException(String message) {
        super(message);
    }
}
