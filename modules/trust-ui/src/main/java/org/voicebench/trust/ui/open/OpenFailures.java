package org.voicebench.trust.ui.open;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.TrustListFormatException;

/** Turns a failure to read a file into one sentence for the user, naming file, offset and problem. */
@Messages({
    "# {0} - file", "# {1} - problem", "# {2} - offset",
    "MSG_Malformed={0} is not a valid trust list: {1} at offset {2}.",
    "# {0} - file", "# {1} - problem", "# {2} - offset", "# {3} - tag",
    "MSG_MalformedTag={0} is not a valid trust list: {1} at offset {2} (tag {3}).",
    "# {0} - file", "MSG_Missing=Cannot open {0}: the file does not exist.",
    "# {0} - file", "MSG_Folder=Cannot open {0}: it is a folder, not a file.",
    "# {0} - file", "MSG_Denied=Cannot open {0}: permission denied.",
    "# {0} - file", "# {1} - reason", "MSG_Unreadable=Cannot open {0}: {1}"
})
public final class OpenFailures {

    private OpenFailures() {
    }

    /** The message for {@code error} raised while reading {@code file}. */
    public static String describe(Path file, IOException error) {
        String name = file.toString();
        if (error instanceof TrustListFormatException f) {
            return f.tag() == null ? Bundle.MSG_Malformed(name, f.problem(), Long.toString(f.offset()))
                    : Bundle.MSG_MalformedTag(name, f.problem(), Long.toString(f.offset()), Integer.toString(f.tag()));
        }
        if (error instanceof NoSuchFileException) {
            return Bundle.MSG_Missing(name);
        }
        if (error instanceof AccessDeniedException) {
            return Bundle.MSG_Denied(name);
        }
        if (Files.isDirectory(file)) {
            return Bundle.MSG_Folder(name);
        }
        return Bundle.MSG_Unreadable(name, error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
    }
}
