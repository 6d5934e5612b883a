package org.voicebench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that readers see the old content or the new one, never half a file: the bytes go
 * to a temporary file in the target's folder, which is then moved over the target.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target}, creating missing folders.
     *
     * @return the target as an absolute path
     * @throws IOException when it cannot be written (the target is then unchanged); the message says
     *         why and on which path, for the caller's "cannot write FILE: ..."
     */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        // same folder: the move is a rename on one file system. Not Files.createTempFile: its
        // owner-only permissions would stay on the moved file.
        Path tmp = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(parent);
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return absolute;
        } catch (IOException e) {
            IOException named = new IOException(reason(e), e);
            try {
                Files.deleteIfExists(tmp); // a half-written temporary file must not stay behind
            } catch (IOException cleanup) {
                named.addSuppressed(cleanup);
            }
            throw named;
        }
    }

    /** {@link #write(Path, byte[])} of the text in UTF-8. */
    public static Path write(Path target, String text) throws IOException {
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Why, in words, with the path the file system named: NIO's own messages are often the bare path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way of a folder"
                    : e.getClass().getSimpleName();
            return f.getFile() == null ? why : why + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
