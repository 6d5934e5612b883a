/**
 * The audit report as JSON (the CLI contract), CSV and a self-contained HTML page with its chart; extra columns
 * from plugins through {@link org.voicebench.audit.report.ReportColumn}.
 *
 * <p><b>Public API</b> of VoiceBench (docs/writing-a-plugin.md): plugins may use it; its signature is checked in
 * {@code mvn verify} against {@code src/sigtest/audit-core.sigfile}, so a change that breaks a plugin fails the build.
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
package org.voicebench.audit.report;
