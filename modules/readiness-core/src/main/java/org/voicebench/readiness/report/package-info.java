/** The readiness report as JSON (the CLI's contract), CSV and HTML with a chart. */
package org.voicebench.readiness.report;
