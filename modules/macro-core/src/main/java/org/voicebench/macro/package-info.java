/**
 * Key-press macros: the model ({@link org.voicebench.macro.Macro}, {@link org.voicebench.macro.Step}),
 * macro files ({@link org.voicebench.macro.MacroJson}, format {@code voicebench-macro/1}), the pipe text
 * form ({@link org.voicebench.macro.PipeText}) and the built-in library
 * ({@link org.voicebench.macro.MacroLibrary}). No Swing. The player is in {@code org.voicebench.macro.run}.
 */
package org.voicebench.macro;
