/**
 * Key-press macros: the model ({@link org.voicebench.macro.Macro}, {@link org.voicebench.macro.Step}),
 * macro files ({@link org.voicebench.macro.MacroJson}, format {@code voicebench-macro/1}), the pipe text
 * form ({@link org.voicebench.macro.PipeText}) and the built-in library
 * ({@link org.voicebench.macro.MacroLibrary}). No Swing. The player is in {@code org.voicebench.macro.run}.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/macro-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (macro-core 0.1.0)
 */
package org.voicebench.macro;
