package org.voicebench.cli.trust;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.TrustAnchor;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * Reads a trust list or signed file named on the command line. Every failure becomes one line
 * for stderr: {@code FILE: what is wrong at offset N (tag T)} for a malformed file (the parser's
 * message), {@code FILE: cannot read: reason} for a file that cannot be read at all.
 */
public final class TrustListInput {

    /** A file that could not be read or parsed; the message is the line to print. */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String line, Throwable cause) {
            super(line, cause);
        }
    }

    /** What is made of a file's path: the parsed list, or the inspected file. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Path path) throws IOException;
    }

    private TrustListInput() {
    }

    /** Parses {@code name}; certificate validity is judged against the current time. */
    public static TrustList read(String name) throws Unreadable {
        return read(name, TrustLists::read);
    }

    /**
     * Reads and checks {@code name} for {@code inspect}: against {@code anchor} as a phone holding it
     * would, or with its own records when {@code anchor} is {@code null}.
     */
    static InspectedFile inspect(String name, TrustAnchor anchor) throws Unreadable {
        return read(name, path -> InspectedFile.read(path, anchor));
    }

    private static <T> T read(String name, Reader<T> reader) throws Unreadable {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new Unreadable(name + ": cannot read: invalid path (" + e.getReason() + ")", e);
        }
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            throw new Unreadable(shown + ": cannot read: is a directory", null);
        }
        try {
            return reader.read(path);
        } catch (TrustListFormatException e) {
            throw new Unreadable(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new Unreadable(shown + ": cannot read: no such file", e);
        } catch (AccessDeniedException e) {
            throw new Unreadable(shown + ": cannot read: permission denied", e);
        } catch (IOException e) {
            // FileSystemException's message repeats the path; its reason alone does not
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new Unreadable(shown + ": cannot read: " + reason, e);
        }
    }

    /**
     * The name used in messages and JSON: the path as the user typed it, in the form the parser's
     * messages use ({@link Path#toString()}: doubled and trailing slashes dropped).
     */
    static String displayName(String name) {
        try {
            return Path.of(name).toString();
        } catch (InvalidPathException e) {
            return name;
        }
    }
}
