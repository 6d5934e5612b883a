/**
 * Opening the Readiness window from other windows ({@link org.voicebench.readiness.ui.api.ReadinessWindow}), with
 * the phones and cluster ITLs they hold. Swing-free types only in the contract but for the Swing-thread rule.
 */
package org.voicebench.readiness.ui.api;
