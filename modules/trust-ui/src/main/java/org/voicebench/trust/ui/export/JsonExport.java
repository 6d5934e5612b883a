package org.voicebench.trust.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.voicebench.common.AtomicFiles;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.InspectedFile;

/** Export JSON: the same object as {@code voicebench-cli inspect --json}, written atomically. */
public final class JsonExport {

    private JsonExport() {
    }

    /** The JSON text for {@code file} with the verdict the inspector shows. */
    public static String text(InspectedFile file, SignatureResult shown) {
        return TrustListJson.write(TrustListJson.inspect(file.path().toString(), file.list(), shown)) + "\n";
    }

    /** Writes the JSON of {@code file} to {@code target}. Blocking: call off the Swing thread. */
    public static void write(Path target, InspectedFile file, SignatureResult shown) throws IOException {
        AtomicFiles.write(target, text(file, shown).getBytes(StandardCharsets.UTF_8));
    }
}
