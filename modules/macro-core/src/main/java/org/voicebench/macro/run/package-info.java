/**
 * The macro player: runs a macro on many phones with bounded concurrency, per-phone outcomes, retries,
 * cancellation, progress callbacks and a journal to resume from ({@link org.voicebench.macro.run.MacroPlayer}),
 * and exports the results ({@link org.voicebench.macro.run.ResultsExport}). No Swing.
 */
package org.voicebench.macro.run;
