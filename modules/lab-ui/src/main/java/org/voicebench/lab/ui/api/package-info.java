/**
 * The running phone lab, published for other modules: {@link org.voicebench.lab.ui.api.PhoneLabService}.
 * This is the only exported package of lab-ui. Apart from {@code PhoneLabService.current()} (the
 * simulator itself, for the lab's own tests and the platform tests), it hands out plain values
 * ({@link org.voicebench.lab.ui.api.LabPhone}, {@link org.voicebench.lab.ui.api.ClusterDescription},
 * the credentials, {@link org.voicebench.lab.ui.api.LabCti}) so that the windows reading the lab need no dependency on the simulator.
 */
package org.voicebench.lab.ui.api;
