/**
 * Tools &gt; Phone Lab: a window that starts a lab of simulated phones ({@code phone-sim}) from a
 * small form, lists its phones and stops it; the running lab is published through
 * {@link org.voicebench.lab.ui.api.PhoneLabService} (the only exported package) and stopped when
 * the application exits. The window only lays out: starting, stopping, the scenario, web access and
 * the table's reads are {@link org.voicebench.lab.ui.LabSession}'s, which is Swing-free (tested without
 * Swing) and works through ui-kit's {@code BackgroundWork}.
 */
package org.voicebench.lab.ui;
