/**
 * The macro player: runs a macro on many phones with bounded concurrency, per-phone outcomes, retries,
 * cancellation, progress callbacks and a journal to resume from ({@link org.voicebench.macro.run.MacroPlayer}),
 * and exports the results ({@link org.voicebench.macro.run.ResultsExport}). No Swing.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/macro-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (macro-core 0.1.0)
 */
package org.voicebench.macro.run;
