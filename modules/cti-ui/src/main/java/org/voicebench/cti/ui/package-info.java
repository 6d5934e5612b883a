/**
 * Tools &gt; Options &gt; CTI and the {@link org.voicebench.cti.ui.api.CtiConfiguration} service behind it.
 * {@link org.voicebench.cti.ui.CtiStore} keeps the values in NbPreferences and the password in the Keyring;
 * {@link org.voicebench.cti.ui.NbCtiConfiguration} turns them (or, while none are given, the running Phone Lab's CTI)
 * into phone-core's {@code CtiSettings} and opens the provider off the Swing thread;
 * {@link org.voicebench.cti.ui.CtiOptionsPanel} only lays the form out, {@link org.voicebench.cti.ui.CtiOptionsController}
 * loads and saves it.
 */
package org.voicebench.cti.ui;
