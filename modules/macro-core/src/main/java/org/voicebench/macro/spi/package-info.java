/**
 * Service provider interfaces of the macros: {@link org.voicebench.macro.spi.MacroLibraryProvider} adds a
 * team's own macros to the library. Implement and register with {@code @ServiceProvider}.
 *
 * @since VoiceBench 0.1 (macro-core 0.1.0)
 */
package org.voicebench.macro.spi;
