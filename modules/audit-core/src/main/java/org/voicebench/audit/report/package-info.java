/** The audit report as JSON (the CLI contract), CSV and a self-contained HTML page with its chart. */
package org.voicebench.audit.report;
