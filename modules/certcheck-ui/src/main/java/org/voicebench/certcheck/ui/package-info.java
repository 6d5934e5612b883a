/**
 * Tools &gt; Trust Check: will phones holding a trust list still trust the cluster? The window
 * ({@link org.voicebench.certcheck.ui.TrustCheckTopComponent}) gathers the inputs, runs the
 * certcheck-core analysis off the Swing thread ({@link org.voicebench.certcheck.ui.CheckRunner},
 * headless and unit-tested) and shows the verdict, findings, certificate matrix and records;
 * exports go through {@link org.voicebench.certcheck.ui.ReportExport}. "Check Against Cluster..."
 * acts on the {@link org.voicebench.trust.TrustList} an inspector window puts in its lookup.
 * The module exports no packages.
 */
package org.voicebench.certcheck.ui;
