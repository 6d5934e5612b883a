/**
 * Before a certificate change: how each phone could be fixed afterwards, and the reversible access campaign.
 * No Swing; the CLI's {@code readiness} command and the Readiness window share it.
 *
 * <ul>
 * <li>{@link org.voicebench.readiness.PlannedChange}: the change ({@code regenerate:ROLE[@NODE]},
 *     {@code migrate:TARGET}) and its forecast on the cluster's real ITLs (certcheck's {@code ChangeForecast}).</li>
 * <li>{@link org.voicebench.readiness.ReadinessCheck#run}: per phone its registration, Web and Settings Access
 *     ({@link org.voicebench.readiness.AccessReader}), Authentication URL, ITL today (audit-core), the comparer's
 *     verdict after the change and the {@link org.voicebench.readiness.Outcome}; a
 *     {@link org.voicebench.readiness.ReadinessReport} with the blocking phones first.</li>
 * <li>{@link org.voicebench.readiness.AccessCampaign}: {@code prepare} (originals journalled first, AXL updatePhone
 *     and applyPhone, paced, each phone checked) and {@code restore}, resumable from the
 *     {@link org.voicebench.readiness.CampaignJournal}.</li>
 * </ul>
 */
package org.voicebench.readiness;
