/**
 * Key presses over CTI for the windows that press keys: {@link org.voicebench.cti.ui.api.CtiConfiguration} (found
 * through the default Lookup) says which CTI can be used ({@link org.voicebench.cti.ui.api.CtiAccess}: the options'
 * or the running lab's) and opens phone-core's {@code CtiProvider} off the Swing thread. The only exported package of
 * cti-ui; no Swing components in it.
 */
package org.voicebench.cti.ui.api;
