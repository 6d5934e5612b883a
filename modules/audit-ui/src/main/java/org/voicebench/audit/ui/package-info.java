/**
 * Window &gt; Trust Audit (also Tools &gt; Trust Audit, and "Audit Trust..." on phones selected in the
 * Phones window): a thin window over audit-core's {@link org.voicebench.audit.FleetAudit}. The inputs
 * ({@link org.voicebench.audit.ui.InputsForm}: the cluster's ITL per TFTP node, earlier ITLs, concurrency),
 * the fleet as a live, filterable table ({@link org.voicebench.audit.ui.AuditRowsModel},
 * {@link org.voicebench.audit.ui.AuditFilter}), counts and a chart of states by model
 * ({@link org.voicebench.audit.ui.StateChart}), the fix plan ({@link org.voicebench.audit.ui.PlanModel}),
 * the confirmed fix run and the exports ({@link org.voicebench.audit.ui.AuditExport}). The runs, the plan and
 * the cancelling are {@link org.voicebench.audit.ui.AuditSession}'s (Swing-free); every background step runs
 * through ui-kit's {@code BackgroundWork}, which hands its results to the Swing thread. The module exports no
 * packages.
 */
package org.voicebench.audit.ui;
