package org.voicebench.audit;

import java.util.Objects;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;

/**
 * How a fix is planned.
 *
 * @param erase            the erase macro (the built-in {@code erase-itl})
 * @param restart          the restart macro (the built-in {@code restart})
 * @param eraseAll         erase every mismatched phone, as before restarts were planned ({@code --erase-all})
 * @param blindAccepted    the engineer accepted keys pressed blind on models whose screen cannot be read
 * @param restartByCucm    the phones came from CUCM, which restarts them (AXL doDeviceReset) instead of their menus
 */
public record PlanOptions(Macro erase, Macro restart, boolean eraseAll, boolean blindAccepted, boolean restartByCucm) {

    /** What CUCM restarts are called in plans and reports (no macro runs for them). */
    public static final String CUCM_RESTART = "CUCM restart";

    public PlanOptions {
        Objects.requireNonNull(erase, "erase");
        Objects.requireNonNull(restart, "restart");
    }

    /** The built-in macros; restarts where they suffice, by the phones' menus. */
    public static PlanOptions defaults() {
        return new PlanOptions(MacroLibrary.builtIn("erase-itl").orElseThrow(), MacroLibrary.builtIn("restart").orElseThrow(),
                false, false, false);
    }

    public PlanOptions withEraseAll(boolean value) {
        return new PlanOptions(erase, restart, value, blindAccepted, restartByCucm);
    }

    public PlanOptions withBlindAccepted(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, value, restartByCucm);
    }

    public PlanOptions withRestartByCucm(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, blindAccepted, value);
    }
}
