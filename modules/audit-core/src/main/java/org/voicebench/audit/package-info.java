/**
 * The fleet trust audit without Swing: {@link org.voicebench.audit.FleetAudit} probes each phone and
 * judges its ITL against its TFTP node's ({@link org.voicebench.audit.ClusterItls}), plans the fix
 * ({@link org.voicebench.audit.FixPlan}), erases with the macro player and reads the ITL again
 * ({@link org.voicebench.audit.AuditReport}). Used by the Trust Audit window and {@code voicebench-cli audit}.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/audit-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
package org.voicebench.audit;
