package org.voicebench.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a module's list of its own data files ({@code models.list}, {@code builtins.list}): a
 * module jar's folders cannot be listed, so each data folder carries a list, one name per line,
 * blank lines and {@code #} comments ignored.
 */
public final class ResourceList {

    private ResourceList() {
    }

    /**
     * The names listed in the resource {@code path} next to {@code owner}'s classes.
     *
     * @throws IOException when the list is missing ({@link NoSuchFileException}) or unreadable
     */
    public static List<String> read(Class<?> owner, String path) throws IOException {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new NoSuchFileException(path, null, "missing from the module");
            }
            List<String> names = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
            return names;
        }
    }
}
