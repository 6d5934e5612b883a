/**
 * The fleet trust audit without Swing: {@link org.voicebench.audit.FleetAudit} probes each phone and
 * judges its ITL against its TFTP node's ({@link org.voicebench.audit.ClusterItls}), plans the fix
 * ({@link org.voicebench.audit.FixPlan}), erases with the macro player and reads the ITL again
 * ({@link org.voicebench.audit.AuditReport}). Used by the Trust Audit window and {@code voicebench-cli audit}.
 */
package org.voicebench.audit;
