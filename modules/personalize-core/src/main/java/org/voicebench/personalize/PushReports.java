package org.voicebench.personalize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.voicebench.common.AtomicFiles;
import org.voicebench.common.CsvCell;

/**
 * A push report as JSON ({@code voicebench-personalize/1}: {@code format}, {@code started}, {@code finished},
 * {@code serveUrl}, {@code background}, {@code ringTone}, {@code counts}, {@code phones} [{@code address},
 * {@code name}, {@code model}, {@code outcome}, {@code message}, {@code phoneSaid}, {@code durationMs}, {@code transport}]) or CSV
 * ({@code address,name,model,outcome,message,phone_said,duration_ms,transport}; {@code transport} is {@code web} or
 * {@code cti}). Keys are only ever added. Credentials are
 * never part of a result, so never written.
 */
public final class PushReports {

    public static final String FORMAT = "voicebench-personalize/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PushReports() {
    }

    public static String json(PushReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        root.put("serveUrl", report.serveUrl());
        root.put("background", report.background());
        root.put("ringTone", report.ringTone());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((o, n) -> counts.put(o.name(), n));
        ArrayNode phones = root.putArray("phones");
        for (PushResult r : report.results()) {
            ObjectNode p = phones.addObject();
            p.put("address", r.address().toString());
            p.put("name", r.name());
            p.put("model", r.model());
            p.put("outcome", r.outcome().name());
            p.put("message", r.message());
            p.put("phoneSaid", r.phoneSaid());
            p.put("durationMs", r.duration().toMillis());
            p.put("transport", r.transport().id());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    public static String csv(PushReport report) {
        StringBuilder b = new StringBuilder("address,name,model,outcome,message,phone_said,duration_ms,transport\n");
        for (PushResult r : report.results()) {
            b.append(CsvCell.of(r.address().toString())).append(',').append(CsvCell.of(r.name())).append(',')
                    .append(CsvCell.of(r.model())).append(',').append(r.outcome().name()).append(',')
                    .append(CsvCell.of(r.message())).append(',').append(CsvCell.of(r.phoneSaid())).append(',')
                    .append(r.duration().toMillis()).append(',').append(r.transport().id()).append('\n');
        }
        return b.toString();
    }

    /** Writes CSV when the name ends in {@code .csv}, else JSON; replaced atomically. */
    public static void write(Path file, PushReport report) throws IOException {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        AtomicFiles.write(file, csv ? csv(report) : json(report));
    }
}
