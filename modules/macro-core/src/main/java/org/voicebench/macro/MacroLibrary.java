package org.voicebench.macro;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.voicebench.common.ResourceList;

/**
 * The built-in macros: data files in this module under {@code org/voicebench/macro/builtin/}, each with
 * one variant per model family (the keys of most come from the model profiles). Users export one with
 * {@link MacroJson#write}, edit it and run their copy.
 */
public final class MacroLibrary {

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
