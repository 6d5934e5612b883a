package org.voicebench.phone.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.RawAnswer;

/**
 * Everything one phone served, as it served it: the answers to the {@link CapturePath pages} asked
 * for, with a {@link CaptureManifest}. Real phones differ from the documents in ways nobody has
 * published; a capture lets a user show us theirs, and lets the simulator and the tests serve it back.
 *
 * <p>Taken with a {@link #builder builder}, saved as a zip ({@link #write}, {@link #toZip}), read back
 * with its limits checked ({@link #read(Path)}), and served read-only ({@link #replay}). A capture never
 * holds credentials: the manifest says only whether any were sent. Bodies are shared, not copied:
 * callers must not change them.
 */
public final class PhoneCapture {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final CaptureManifest manifest;
    private final Map<String, RawAnswer> answers;

    PhoneCapture(CaptureManifest manifest, Map<String, RawAnswer> answers) {
        this.manifest = manifest;
        this.answers = answers;
    }

    /** A new capture of the phone at {@code address}, taken at {@code captured} by {@code tool}. */
    public static Builder builder(String address, String tool, boolean credentialsSent, Instant captured) {
        return new Builder(address, tool, credentialsSent, captured);
    }

    public CaptureManifest manifest() {
        return manifest;
    }

    /** The answers in the order asked. */
    public List<RawAnswer> answers() {
        return List.copyOf(answers.values());
    }

    /** The answer to exactly this request target (path and query), if it was captured. */
    public Optional<RawAnswer> answer(String target) {
        return Optional.ofNullable(answers.get(target));
    }

    /**
     * What a replay of this capture answers to one request: a GET or HEAD of a captured target gets the
     * captured status, type and body; any other target 404; any other method (an Execute POST, a key)
     * 403, because a replay must never look as if it acted.
     *
     * @param target the request target as received, path and query undecoded
     */
    public RawAnswer replay(String method, String target) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return text(target, 403, "read-only: a replayed capture never acts (" + method + " refused)\n");
        }
        RawAnswer a = answers.get(target);
        return a != null ? a : text(target, 404, "not in this capture: " + target + "\n");
    }

    private static RawAnswer text(String target, int status, String body) {
        return new RawAnswer(target, status, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The capture as a zip: {@code capture.json}, then one entry per answer. */
    public byte[] toZip() {
        return CaptureZip.write(manifest, answers);
    }

    /**
     * Saves the zip atomically: a reader sees the old file or the whole new one.
     *
     * @return the file as an absolute path
     */
    public Path write(Path file) throws IOException {
        return AtomicFiles.write(file, toZip());
    }

    /**
     * Reads a capture file, checking its limits (entries, sizes), entry names and every body's SHA-256.
     *
     * @throws CaptureFormatException naming the file and the entry at fault, also when it does not exist
     * @throws IOException            when it cannot be opened
     */
    public static PhoneCapture read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CaptureZip.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CaptureFormatException(file.toString(), null, "no such file", e);
        }
    }

    /** Reads a capture from a stream (e.g. a test resource), not closing it; {@code source} names it in errors. */
    public static PhoneCapture read(InputStream in, String source) throws CaptureFormatException {
        return CaptureZip.read(in, source);
    }

    @Override
    public String toString() {
        return "capture of " + manifest.address() + " at " + manifest.captured() + " (" + answers.size() + " answers, "
                + manifest.failures().size() + " failures)";
    }

    /** Collects a capture's answers and failures in the order the pages were asked for. */
    public static final class Builder {

        private final String address;
        private final String tool;
        private final boolean credentialsSent;
        private final Instant captured;
        private final Map<String, RawAnswer> answers = new LinkedHashMap<>();
        private final List<CaptureManifest.Answer> lines = new ArrayList<>();
        private final List<CaptureManifest.Failure> failures = new ArrayList<>();
        private long total;

        private Builder(String address, String tool, boolean credentialsSent, Instant captured) {
            this.address = Objects.requireNonNull(address, "address");
            this.tool = Objects.requireNonNull(tool, "tool");
            this.credentialsSent = credentialsSent;
            this.captured = captured.truncatedTo(ChronoUnit.SECONDS);
        }

        /**
         * Adds an answer. One that would pass the capture's size limits is recorded as a failure
         * instead, so that every capture written can be read back.
         *
         * @throws IllegalArgumentException when its path is already in the capture
         */
        public Builder add(RawAnswer answer) {
            requireNew(answer.path());
            int size = answer.body().length;
            if (size > CaptureZip.MAX_ENTRY_BYTES || total + size > CaptureZip.MAX_TOTAL_BYTES) {
                failures.add(new CaptureManifest.Failure(answer.path(), PhoneFailure.UNEXPECTED_RESPONSE.name(), "an answer of "
                        + size + " bytes would pass a capture's limits (" + (CaptureZip.MAX_ENTRY_BYTES >> 20) + " MiB each, "
                        + (CaptureZip.MAX_TOTAL_BYTES >> 20) + " MiB in all); not kept"));
                return this;
            }
            total += size;
            answers.put(answer.path(), answer);
            lines.add(new CaptureManifest.Answer(answer.path(), answer.status(), answer.contentType(),
                    CaptureZip.fileName(lines.size() + 1, answer.path(), answer.contentType()), size,
                    CaptureZip.sha256(answer.body())));
            return this;
        }

        /**
         * Records that {@code path} got no answer.
         *
         * @throws IllegalArgumentException when its path is already in the capture
         */
        public Builder failed(String path, PhoneException e) {
            requireNew(path);
            failures.add(new CaptureManifest.Failure(path, e.failure().name(), e.getMessage()));
            return this;
        }

        /** Whether any page has been answered so far. */
        public boolean answered() {
            return !answers.isEmpty();
        }

        public PhoneCapture build() {
            CaptureManifest m = new CaptureManifest(captured, address, tool, credentialsSent, lines, failures);
            return new PhoneCapture(m, new LinkedHashMap<>(answers));
        }

        private void requireNew(String path) {
            if (answers.containsKey(path) || failures.stream().anyMatch(f -> f.path().equals(path))) {
                throw new IllegalArgumentException("already captured: " + path);
            }
        }
    }
}
