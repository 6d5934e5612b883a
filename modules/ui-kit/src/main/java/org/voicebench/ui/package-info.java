/**
 * The Swing plumbing every VoiceBench window shares, written once.
 *
 * <ul>
 * <li>{@link org.voicebench.ui.Dialogs}: the questions a window asks (files, folders, yes/no, a choice, a form,
 *     an error), with one platform implementation ({@link org.voicebench.ui.PlatformDialogs}); tests answer them
 *     with test-support's scripted fake, never with modal dialogs.</li>
 * <li>{@link org.voicebench.ui.RowsTableModel}: a table of rows of one type, each column a title, a type and
 *     how to read its cell from a row.</li>
 * <li>{@link org.voicebench.ui.FormRows}: a label with its mnemonic beside its field, one row of a form.</li>
 * <li>{@link org.voicebench.ui.OutputLog}: one tab of the Output window, lines with the time.</li>
 * <li>{@link org.voicebench.ui.BackgroundWork}: work off the owner (Swing) thread with a progress handle that
 *     cancels, a generation check that drops a superseded run's result, and the hand-off of results and failures
 *     to the owner thread.</li>
 * <li>{@link org.voicebench.ui.KeyringSecrets}: passwords in the NetBeans Keyring, never in files or preferences
 *     (phone passwords, the CTI user's).</li>
 * </ul>
 */
package org.voicebench.ui;
