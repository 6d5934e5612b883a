package org.voicebench.macro.run;

import java.nio.file.Path;
import java.util.Objects;
import org.voicebench.phone.cti.KeyRoutes;

/**
 * Options of one run.
 *
 * @param journal   where to journal results (null: no journal)
 * @param resume    continue the run recorded in the journal: phones done there are not touched again
 * @param confirmed the user confirmed running a destructive macro on these phones (required for one)
 * @param listener  progress callbacks
 * @param blindAccepted the user accepted that variants marked blind press keys without reading the screen
 *                  (models whose screen cannot be read remotely, keys over CTI not verified for CTI); without it
 *                  such phones are not touched
 * @param keys      which way each phone's keys go (web, CTI, auto)
 */
public record RunOptions(Path journal, boolean resume, boolean confirmed, MacroRunListener listener,
                         boolean blindAccepted, KeyRoutes keys) {

    public RunOptions {
        Objects.requireNonNull(listener, "listener");
        keys = keys == null ? KeyRoutes.web() : keys;
        if (resume && journal == null) {
            throw new IllegalArgumentException("resuming needs the journal of the run to resume");
        }
    }

    /** No journal, not confirmed, no listener. */
    public static RunOptions defaults() {
        return new RunOptions(null, false, false, new MacroRunListener() { }, false, KeyRoutes.web());
    }

    public RunOptions withJournal(Path file, boolean resumeIt) {
        return new RunOptions(file, resumeIt, confirmed, listener, blindAccepted, keys);
    }

    /** The user confirmed running the (destructive) macro on the phones. */
    public RunOptions withConfirmation() {
        return new RunOptions(journal, resume, true, listener, blindAccepted, keys);
    }

    public RunOptions withListener(MacroRunListener l) {
        return new RunOptions(journal, resume, confirmed, l, blindAccepted, keys);
    }

    /** The user accepted, in so many words, that blind variants press keys without reading the screen. */
    public RunOptions withBlindAccepted() {
        return new RunOptions(journal, resume, confirmed, listener, true, keys);
    }

    /** Keys go the way {@code routes} say (CTI, auto); the default is the phones' web servers. */
    public RunOptions withKeys(KeyRoutes routes) {
        return new RunOptions(journal, resume, confirmed, listener, blindAccepted, routes);
    }
}
