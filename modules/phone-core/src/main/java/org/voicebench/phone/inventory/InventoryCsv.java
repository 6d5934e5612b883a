package org.voicebench.phone.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.voicebench.phone.PhoneAddress;

/**
 * The phone list as CSV: {@code address,model,name,group,user}. Reading accepts a header line in
 * any column order (only {@code address} is required), or no header with the columns in that order;
 * blank lines and lines starting with {@code #} are skipped; fields may be double-quoted. There is no
 * password column, and a file that has one is refused: passwords are never imported or exported.
 */
public final class InventoryCsv {

    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("address", "model", "name", "group", "user");
    private static final int MAX_LINES = 100_000;

    private InventoryCsv() {
    }

    /**
     * Reads phones from CSV text.
     *
     * @param source names the file in error messages
     * @throws InventoryFormatException naming the source, the line and what is wrong
     */
    public static List<PhoneEntry> read(String text, String source) throws InventoryFormatException {
        List<PhoneEntry> out = new ArrayList<>();
        Map<PhoneAddress, Integer> seen = new HashMap<>();
        int[] columns = null;
        int width = COLUMNS.size();
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (lines.length > MAX_LINES) {
            throw new InventoryFormatException(source, 0, "more than " + MAX_LINES + " lines; split the file");
        }
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, source, lineNo);
            if (columns == null) {
                columns = header(fields, source, lineNo);
                if (columns != null) {
                    width = fields.size();
                    continue;
                }
                columns = new int[] {0, 1, 2, 3, 4};
            }
            if (fields.size() > width) {
                throw new InventoryFormatException(source, lineNo, fields.size() + " fields; expected at most " + width
                        + " (" + String.join(",", COLUMNS) + ")");
            }
            PhoneEntry e = entry(fields, columns, source, lineNo);
            Integer before = seen.putIfAbsent(e.address(), lineNo);
            if (before != null) {
                throw new InventoryFormatException(source, lineNo, "phone " + e.address() + " is already listed on line " + before);
            }
            out.add(e);
        }
        return out;
    }

    /** The phones as CSV with a header line; no passwords (there are none in an entry). */
    public static String write(List<PhoneEntry> phones) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (PhoneEntry p : phones) {
            b.append(quote(p.address().toString())).append(',').append(quote(p.model())).append(',')
                    .append(quote(p.name())).append(',').append(quote(p.group())).append(',')
                    .append(quote(p.user())).append('\n');
        }
        return b.toString();
    }

    /** Columns read and left alone: {@code mac} of the phone lab's inventory ({@code sim --inventory}). */
    private static final java.util.Set<String> IGNORED = java.util.Set.of("mac");

    /** Column positions indexed like {@link #COLUMNS} (-1 when absent), or null when the line is not a header. */
    private static int[] header(List<String> fields, String source, int line) throws InventoryFormatException {
        List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.contains("address")) {
            return null;
        }
        int[] pos = new int[COLUMNS.size()];
        Arrays.fill(pos, -1);
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.contains("password") || n.equals("secret")) {
                throw new InventoryFormatException(source, line, "column \"" + fields.get(i).strip()
                        + "\": passwords are not imported from files; set them in VoiceBench, which keeps them in the keyring");
            }
            if (IGNORED.contains(n)) {
                continue;
            }
            int c = COLUMNS.indexOf(n);
            if (c < 0) {
                throw new InventoryFormatException(source, line, "unknown column \"" + fields.get(i).strip()
                        + "\"; expected " + String.join(",", COLUMNS));
            }
            if (pos[c] >= 0) {
                throw new InventoryFormatException(source, line, "column \"" + n + "\" appears twice");
            }
            pos[c] = i;
        }
        return pos;
    }

    private static PhoneEntry entry(List<String> fields, int[] columns, String source, int line) throws InventoryFormatException {
        String[] v = new String[COLUMNS.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = columns[c] >= 0 && columns[c] < fields.size() ? fields.get(columns[c]).strip() : "";
        }
        if (v[0].isEmpty()) {
            throw new InventoryFormatException(source, line, "the address is empty");
        }
        try {
            return new PhoneEntry(PhoneAddress.parse(v[0]), v[2], v[3], v[1], v[4]);
        } catch (IllegalArgumentException e) {
            throw new InventoryFormatException(source, line, e.getMessage(), e);
        }
    }

    /** Splits one line on commas, honouring double quotes ("" inside quotes is one quote). */
    private static List<String> split(String line, String source, int lineNo) throws InventoryFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                cur.setLength(0);
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new InventoryFormatException(source, lineNo, "a quoted field is not closed");
        }
        out.add(cur.toString());
        return out;
    }

    private static String quote(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && (v.isEmpty() || !Character.isWhitespace(v.charAt(0)))) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
