/**
 * Key-press macros in the workbench, through remote-ui's hooks (remote-ui does not know this module).
 *
 * <ul>
 * <li>{@link org.voicebench.macro.ui.RecordExtension}: the Record Macro toggle of every remote view; the keys
 *     sent while it is down become steps ({@link org.voicebench.macro.ui.MacroRecorder}: a gap longer than the
 *     default delay becomes a pause), and releasing it opens the editor.</li>
 * <li>{@link org.voicebench.macro.ui.MacroEditorTopComponent} with {@link org.voicebench.macro.ui.MacroEditorPanel}:
 *     the steps as a table ({@link org.voicebench.macro.ui.StepsModel}, cells in the pipe text form), the
 *     flags, Open/Save/Save As of macro-core's JSON, written atomically off the Swing thread.</li>
 * <li>{@link org.voicebench.macro.ui.RunMacroExtension}: Run Macro&hellip; on the phones selected in the Phones
 *     window, with confirmation for destructive macros ({@link org.voicebench.macro.ui.RunConfirmation});
 *     {@link org.voicebench.macro.ui.MacroRunPanel} runs macro-core's player with the Phones window's client and
 *     shows the live results, a cancellable progress handle, export and Retry Failed.</li>
 * </ul>
 */
package org.voicebench.macro.ui;
