/**
 * Window &gt; Readiness (also Tools &gt; Readiness, "Check Readiness..." on phones selected in the Phones window, and
 * "Readiness..." in the Trust Audit): before a certificate change, a thin window over readiness-core. The inputs
 * ({@link org.voicebench.readiness.ui.ReadinessForm}: the cluster's ITL per TFTP node, earlier ITLs, the planned
 * change in {@link org.voicebench.readiness.ui.ChangeEditor}, CUCM in {@link org.voicebench.readiness.ui.CucmForm}),
 * the phones' outcomes as a table, counts and ui-kit's stacked-bar chart by model, the cluster's ITLs after the
 * change, the access campaign (plan, confirmed prepare or dry run, restore from a journal) and the exports. The runs
 * are {@link org.voicebench.readiness.ui.ReadinessSession}'s (Swing-free, tested without Swing); background steps run
 * through ui-kit's {@code BackgroundWork}. Exported: {@code org.voicebench.readiness.ui.api} (open the window with
 * phones and ITLs).
 */
package org.voicebench.readiness.ui;
