/**
 * A {@link org.voicebench.certcheck.TrustCheckReport} written for people and tools: CSV tables
 * ({@link org.voicebench.certcheck.report.ReportCsv}) and a self-contained HTML page
 * ({@link org.voicebench.certcheck.report.ReportHtml}). No Swing; callers write the text where they like.
 */
package org.voicebench.certcheck.report;
