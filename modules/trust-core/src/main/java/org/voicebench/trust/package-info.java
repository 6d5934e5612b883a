/**
 * Cisco ITL/CTL trust lists and signed files: read them ({@link org.voicebench.trust.TrustLists}), the immutable
 * model ({@link org.voicebench.trust.TrustList}, {@link org.voicebench.trust.TrustRecord},
 * {@link org.voicebench.trust.Header}), signature verification, file hashes and differences. No Swing.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/trust-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (trust-core 0.1.0)
 */
package org.voicebench.trust;
