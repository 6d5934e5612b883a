package com.example.voicebench.acme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroFormatException;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.spi.MacroLibraryProvider;

/**
 * ACME's own macros, next to VoiceBench's built-ins: {@code voicebench-macro/1} files in this module
 * ({@code macros/}), read once. They show in the Phones window's Run Built-in Macro... and in
 * {@code voicebench-cli macro list} with this jar on the class path.
 */
@ServiceProvider(service = MacroLibraryProvider.class)
public final class AcmeMacros implements MacroLibraryProvider {

    /** The files, in the order to list them. */
    static final List<String> FILES = List.of("acme-soft-reset.json", "acme-open-services.json");

    private volatile List<Macro> macros;

    @Override
    public String displayName() {
        return "ACME reset sequences";
    }

    @Override
    public List<Macro> macros() {
        List<Macro> m = macros;
        if (m == null) {
            List<Macro> read = new ArrayList<>();
            for (String file : FILES) {
                read.add(read(file));
            }
            m = List.copyOf(read);
            macros = m;
        }
        return m;
    }

    private static Macro read(String file) {
        try (InputStream in = AcmeMacros.class.getResourceAsStream("macros/" + file)) {
            if (in == null) {
                throw new IllegalStateException("macros/" + file + " is missing from the module");
            }
            return MacroJson.read(in.readAllBytes(), file + " (ACME)");
        } catch (MacroFormatException e) {
            throw new IllegalStateException("ACME macro is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
