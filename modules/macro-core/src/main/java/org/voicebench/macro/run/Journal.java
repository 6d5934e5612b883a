package org.voicebench.macro.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's journal: JSON lines appended and flushed to disk as phones start and finish, so that killing the
 * process loses no finished result and a resumed run touches no phone twice.
 *
 * <pre>
 * {"event":"run","format":"voicebench-macro-journal/1","macro":"erase-itl","at":"..."}
 * {"event":"start","address":"10.1.2.3:80","at":"..."}
 * {"event":"result","address":"10.1.2.3:80","outcome":"SUCCESS",...}
 * </pre>
 *
 * Thread-safe: the player's threads append concurrently.
 */
public final class Journal implements AutoCloseable {

    public static final String FORMAT = "voicebench-macro-journal/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final FileOutputStream stream;
    private final Writer out;

    private Journal(Path file, FileOutputStream stream) {
        this.file = file;
        this.stream = stream;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** What an existing journal says. */
    public record State(String macro, Map<String, PhoneResult> results, Set<String> interrupted, List<String> warnings) {
        public State {
            results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
            interrupted = Collections.unmodifiableSet(new LinkedHashSet<>(interrupted));
            warnings = List.copyOf(warnings);
        }

        /** True when a resumed run must not touch the phone again. */
        public boolean done(String address) {
            PhoneResult r = results.get(address);
            return (r != null && r.done()) || interrupted.contains(address);
        }
    }

    /**
     * Reads a journal: per phone its last result, and the phones started without a result (the process
     * ended while they were in progress). A last line cut short by a kill is skipped with a warning.
     *
     * @throws IOException naming the file and line when it cannot be read or a line in the middle is broken
     */
    public static State read(Path file) throws IOException {
        Map<String, PhoneResult> results = new LinkedHashMap<>();
        Set<String> started = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        String macro = null;
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
                if (n == null || !n.isObject()) {
                    throw new IOException("not a JSON object");
                }
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    warnings.add(file + ", line " + (i + 1) + ": incomplete last line skipped (the run was killed while writing it)");
                    continue;
                }
                throw new IOException(file + ", line " + (i + 1) + ": not a journal line: " + e.getMessage(), e);
            }
            String event = n.path("event").asText("");
            try {
                switch (event) {
                    case "run" -> {
                        if (!FORMAT.equals(n.path("format").asText())) {
                            throw new IllegalArgumentException("format \"" + n.path("format").asText() + "\" is not " + FORMAT);
                        }
                        String m = n.path("macro").asText("");
                        if (macro != null && !macro.equals(m)) {
                            throw new IllegalArgumentException("the journal mixes macros " + macro + " and " + m);
                        }
                        macro = m;
                    }
                    case "start" -> started.add(n.path("address").asText());
                    case "result" -> {
                        PhoneResult res = ResultJson.read(n);
                        results.put(res.address(), res);
                        started.remove(res.address());
                    }
                    default -> throw new IllegalArgumentException("unknown event \"" + event + "\"");
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (macro == null && !lines.isEmpty()) {
            throw new IOException(file + ": not a macro journal (no \"run\" line)");
        }
        return new State(macro, results, started, warnings);
    }

    /** Opens the journal for appending (created when missing) and records that a run of {@code macro} starts. */
    public static Journal append(Path file, String macro) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Journal j = new Journal(file, new FileOutputStream(file.toFile(), true));
        ObjectNode n = MAPPER.createObjectNode().put("event", "run").put("format", FORMAT).put("macro", macro)
                .put("at", Instant.now().toString());
        j.write(n);
        return j;
    }

    public Path file() {
        return file;
    }

    /** The phone's first request is about to go out. */
    public void started(String address) throws IOException {
        write(MAPPER.createObjectNode().put("event", "start").put("address", address).put("at", Instant.now().toString()));
    }

    /** The phone ended (screenshots are not journaled: they stay in the run's report). */
    public void result(PhoneResult r) throws IOException {
        ObjectNode n = MAPPER.createObjectNode().put("event", "result");
        ResultJson.write(r, n, false);
        write(n);
    }

    private synchronized void write(ObjectNode n) throws IOException {
        out.write(MAPPER.writeValueAsString(n));
        out.write('\n');
        out.flush();
        // on disk, not only in the OS cache: a power cut must not lose a finished phone either
        stream.getFD().sync();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
