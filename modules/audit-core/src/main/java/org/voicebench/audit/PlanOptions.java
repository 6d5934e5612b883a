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
 * @param cti              CTI is configured for the fix: phones the web cannot drive (web access off, credentials
 *                         refused by a stale ITL) can be erased over it
 * @param fixUnknown       the engineer asserts that phones whose ITL cannot be read (web access off) hold a stale one:
 *                         they are erased over CTI ({@code --fix-unknown})
 */
public record PlanOptions(Macro erase, Macro restart, boolean eraseAll, boolean blindAccepted, boolean restartByCucm,
                          boolean cti, boolean fixUnknown) {

    /** What CUCM restarts are called in plans and reports (no macro runs for them). */
    public static final String CUCM_RESTART = "CUCM restart";

    public PlanOptions {
        Objects.requireNonNull(erase, "erase");
        Objects.requireNonNull(restart, "restart");
    }

    /** The built-in macros; restarts where they suffice, by the phones' menus. */
    public static PlanOptions defaults() {
        return new PlanOptions(MacroLibrary.builtIn("erase-itl").orElseThrow(), MacroLibrary.builtIn("restart").orElseThrow(),
                false, false, false, false, false);
    }

    public PlanOptions(Macro erase, Macro restart, boolean eraseAll, boolean blindAccepted, boolean restartByCucm) {
        this(erase, restart, eraseAll, blindAccepted, restartByCucm, false, false);
    }

    public PlanOptions withEraseAll(boolean value) {
        return new PlanOptions(erase, restart, value, blindAccepted, restartByCucm, cti, fixUnknown);
    }

    public PlanOptions withBlindAccepted(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, value, restartByCucm, cti, fixUnknown);
    }

    public PlanOptions withRestartByCucm(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, blindAccepted, value, cti, fixUnknown);
    }

    /** CTI is configured for the fix. */
    public PlanOptions withCti(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, blindAccepted, restartByCucm, value, fixUnknown);
    }

    /** Phones whose web access is off are taken to hold a stale ITL ({@code --fix-unknown}). */
    public PlanOptions withFixUnknown(boolean value) {
        return new PlanOptions(erase, restart, eraseAll, blindAccepted, restartByCucm, cti, value);
    }
}
