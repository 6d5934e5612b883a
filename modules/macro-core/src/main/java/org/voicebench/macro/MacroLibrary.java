package org.voicebench.macro;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.voicebench.common.ResourceList;
import org.voicebench.macro.spi.MacroLibraryProvider;

/**
 * The macro library: the built-in macros (data files in this module under {@code org/voicebench/macro/builtin/},
 * each with one variant per model family; the keys of most come from the model profiles) and the macros of every
 * installed {@link MacroLibraryProvider}. Users export one with {@link MacroJson#write}, edit it and run their copy.
 *
 * <p>{@link #builtIns()} and {@link #builtIn(String)} are only what VoiceBench ships (the Trust Audit's fix uses
 * those, never a plugin's); {@link #all()}, {@link #named(String)} and {@link #allNames()} add the providers'.
 *
 * @since VoiceBench 0.1 (macro-core 0.1.0)
 */
public final class MacroLibrary {

    private static final Logger LOG = Logger.getLogger(MacroLibrary.class.getName());
    private static final String BASE = "/org/voicebench/macro/builtin/";
    private static volatile List<Macro> builtIns;

    private MacroLibrary() {
    }

    /** The built-in macros, in the order of the library index. A broken shipped file is a build error, hence unchecked. */
    public static List<Macro> builtIns() {
        List<Macro> b = builtIns;
        if (b == null) {
            List<Macro> loaded = new ArrayList<>();
            for (String file : index()) {
                loaded.add(load(file));
            }
            b = Collections.unmodifiableList(loaded);
            builtIns = b;
        }
        return b;
    }

    /** The built-in of this name ({@code erase-itl}), ignoring case. */
    public static Optional<Macro> builtIn(String name) {
        return builtIns().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The names of the built-ins, for messages. */
    public static List<String> names() {
        return builtIns().stream().map(Macro::name).toList();
    }

    /**
     * Every macro of the library: the built-ins, then each installed {@link MacroLibraryProvider}'s (found in the
     * default {@link Lookup} at each call, so a module installed or enabled since is seen), in provider order. A
     * provider's macro whose name (ignoring case) is already taken is left out, and so is a provider that fails.
     *
     * @return an unmodifiable list, built-ins first
     * @since VoiceBench 0.1 (macro-core 0.1.0)
     */
    public static List<Macro> all() {
        List<Macro> out = new ArrayList<>(builtIns());
        Set<String> taken = new HashSet<>();
        out.forEach(m -> taken.add(key(m.name())));
        for (MacroLibraryProvider p : Lookup.getDefault().lookupAll(MacroLibraryProvider.class)) {
            List<Macro> provided;
            try {
                provided = p.macros();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "macro library provider {0} ({1}) failed and is left out: {2}",
                        new Object[]{p.displayName(), p.getClass().getName(), e.toString()});
                continue;
            }
            for (Macro m : provided) {
                if (taken.add(key(m.name()))) {
                    out.add(m);
                } else {
                    LOG.log(Level.INFO, "macro ''{0}'' of {1} is left out: the name is taken", new Object[]{m.name(),
                        p.displayName()});
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The macro of this name in {@link #all()}, ignoring case.
     *
     * @since VoiceBench 0.1 (macro-core 0.1.0)
     */
    public static Optional<Macro> named(String name) {
        return all().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The names of {@link #all()}, for choosers and messages.
     *
     * @since VoiceBench 0.1 (macro-core 0.1.0)
     */
    public static List<String> allNames() {
        return all().stream().map(Macro::name).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Macro load(String file) {
        try (InputStream in = MacroLibrary.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in macro " + file + " is missing from the module");
            }
            return MacroJson.read(in.readAllBytes(), file + " (built-in)");
        } catch (IOException e) {
            throw new IllegalStateException("built-in macro is broken: " + e.getMessage(), e);
        }
    }

    private static List<String> index() {
        try {
            return ResourceList.read(MacroLibrary.class, BASE + "builtins.list");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read builtins.list: " + e.getMessage(), e);
        }
    }
}
