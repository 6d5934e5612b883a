/**
 * The trust-list inspector: windows that show a {@link org.voicebench.trust.TrustList} read by
 * {@code trust-core}. The shape follows the platform's own split: headless pieces (loading,
 * node model, hex layout, compare rows, sample generation, file writing) in small classes that
 * unit tests drive without a display, and thin Swing windows that receive an already-parsed
 * {@link org.voicebench.trust.InspectedFile} (trust-core's one model of an inspected file, which the command line's {@code inspect} builds too) and only wire those pieces together.
 * <ul>
 * <li>{@code open}: every way to open a file (menu, recent files, drag and drop, command line,
 * registered file types) ends in {@link org.voicebench.trust.ui.open.TrustListOpener}.</li>
 * <li>{@code nodes}: Nodes built from a parsed file, with the byte range of each node.</li>
 * <li>{@code hex}: the hex view and its geometry.</li>
 * <li>{@code inspector}: the inspector window and its parts (banner, hashes, warnings).</li>
 * <li>{@code compare}: the compare window over {@link org.voicebench.trust.TrustListDiff}.</li>
 * <li>{@code export}: certificate and JSON files, written atomically.</li>
 * <li>{@code samples}: the generated sample trust lists and the Start window.</li>
 * </ul>
 * The module exports no packages: other modules open files through the registered file type.
 */
package org.voicebench.trust.ui;
