package org.voicebench.macro.spi;

import java.util.List;
import org.voicebench.macro.Macro;

/**
 * A source of extra macros: a team's own sequences (its reset procedure, its firmware's menu paths) next to
 * VoiceBench's built-ins. {@link org.voicebench.macro.MacroLibrary#all()} lists the built-ins first, then every
 * provider's macros; the Phones window's <b>Run Built-in Macro...</b>, the command line's {@code macro list} and
 * {@code macro run NAME} pick them up.
 *
 * <p>Register an implementation with {@code @ServiceProvider(service = MacroLibraryProvider.class)}
 * ({@code org.openide.util.lookup.ServiceProvider}): inside the application it is found through the default
 * {@link org.openide.util.Lookup} (so a module installed from Tools &gt; Plugins is seen at once), on the command
 * line through the {@code META-INF/services} entry the annotation writes (put the module's jar on
 * {@code voicebench-cli}'s class path).
 *
 * <p>A provider's macro whose name is already taken (by a built-in or an earlier provider) is left out: a plugin
 * can add macros, never replace {@code erase-itl} or another built-in. Macros are usually read from JSON files
 * in the module with {@link org.voicebench.macro.MacroJson#read(byte[], String)}, or built with
 * {@link org.voicebench.macro.PipeText}.
 *
 * @since VoiceBench 0.1 (macro-core 0.1.0)
 */
public interface MacroLibraryProvider {

    /**
     * Who provides these macros, for people ("ACME reset sequences"); shown with each macro's origin.
     *
     * @return a short display name, never null
     */
    String displayName();

    /**
     * The macros, in the order to list them. Called whenever the library is listed, on any thread: keep it cheap
     * (read files once) and never block on the network.
     *
     * @return the macros, never null; a broken macro file is the provider's bug and may be thrown as an unchecked
     *         exception (the library then leaves this provider out and says why)
     */
    List<Macro> macros();
}
