/**
 * The running phone lab, published for other modules: {@link org.voicebench.lab.ui.api.PhoneLabService}.
 * This is the only exported package of lab-ui.
 */
package org.voicebench.lab.ui.api;
