package org.voicebench.cli.trust;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.json.TrustListJsonWriter;

/**
 * {@code inspect --json}, written while the files are read: each file's object
 * ({@link TrustListJsonWriter#inspected}: the fields shared with the app's Export JSON, plus
 * {@code verifiedAgainst} when {@code --trust} was given) goes to the output as soon as the
 * file is done, so thousands of files need no more memory than one, and a file that cannot be
 * read is reported on stderr between the files around it. The text is the same as the whole
 * tree's: one object when one file was named, an array when several were (holding those that
 * could be read), then a newline.
 */
final class InspectJson {

    private final PrintWriter out;
    private final JsonGenerator json;
    private final boolean array;
    private boolean written;

    private InspectJson(PrintWriter out, JsonGenerator json, boolean array) {
        this.out = out;
        this.json = json;
        this.array = array;
    }

    /** Starts the output: an array when several files were named, else the one file's object to come. */
    static InspectJson start(PrintWriter out, boolean severalNamed) throws IOException {
        JsonGenerator json = TrustListJson.generator(out);
        if (severalNamed) {
            json.writeStartArray();
        }
        return new InspectJson(out, json, severalNamed);
    }

    /**
     * Writes one file's object and hands it to the output, so that it comes before whatever is
     * printed about the next file (the output is flushed before any line on stderr).
     */
    void write(InspectedFile file) throws IOException {
        TrustListJsonWriter.inspected(json, file);
        json.flush();
        written = true;
    }

    /** Ends the output; nothing at all is printed when the one file named could not be read. */
    void finish() throws IOException {
        if (array) {
            json.writeEndArray();
        }
        json.close();
        if (array || written) {
            out.println();
        }
    }
}
