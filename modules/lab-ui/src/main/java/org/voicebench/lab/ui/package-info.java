/**
 * Tools &gt; Phone Lab: a window that starts a lab of simulated phones ({@code phone-sim}) from a
 * small form, lists its phones and stops it; the running lab is published through
 * {@link org.voicebench.lab.ui.api.PhoneLabService} (the only exported package) and stopped when
 * the application exits.
 */
package org.voicebench.lab.ui;
