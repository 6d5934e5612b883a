package org.voicebench.phone;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a phone's HTML information page as label/value rows. Phones write these pages by hand-made
 * templates that differ by firmware ({@code <B>Label</B></TD><td width=20></TD><TD><B>value</B></TD>},
 * lower-case {@code <b>}, {@code <strong>}, missing end tags), so this is a tolerant scanner, not an
 * HTML parser: a row is a {@code <tr>}, its label the first non-empty cell, its value the next one.
 * Nothing is fetched or executed; the text is only scanned.
 */
final class HtmlRows {

    /** Pages larger than this are cut: no phone page comes near it. */
    static final int MAX_CHARS = 512 * 1024;
    private static final Pattern CUT = Pattern.compile("(?is)<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>");
    private static final Pattern ROW = Pattern.compile("(?i)<tr\\b");
    private static final Pattern CELL = Pattern.compile("(?i)<t[dh]\\b");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
            Map.entry("ecirc", "\u00ea"), Map.entry("agrave", "\u00e0"), Map.entry("acirc", "\u00e2"),
            Map.entry("ccedil", "\u00e7"), Map.entry("ocirc", "\u00f4"), Map.entry("icirc", "\u00ee"),
            Map.entry("ugrave", "\u00f9"), Map.entry("uuml", "\u00fc"), Map.entry("ouml", "\u00f6"),
            Map.entry("auml", "\u00e4"), Map.entry("szlig", "\u00df"), Map.entry("Eacute", "\u00c9"));

    private HtmlRows() {
    }

    /** The page's rows in document order; a label seen twice keeps its first value. */
    static Map<String, String> rows(byte[] body, String contentType) {
        String html = decode(body, contentType);
        if (html.length() > MAX_CHARS) {
            html = html.substring(0, MAX_CHARS);
        }
        html = CUT.matcher(html).replaceAll(" ");
        Map<String, String> out = new LinkedHashMap<>();
        List<String> rows = split(html, ROW);
        if (rows.size() <= 1) { // no <tr> at all: the cells in threes (label, spacer, value) as the templates write them
            List<String> cells = cellTexts(html);
            for (int i = 0; i + 2 < cells.size(); i += 3) {
                putRow(out, List.of(cells.get(i), cells.get(i + 1), cells.get(i + 2)));
            }
            return out;
        }
        for (String row : rows.subList(1, rows.size())) {
            putRow(out, cellTexts(row));
        }
        return out;
    }

    private static void putRow(Map<String, String> out, List<String> cells) {
        String label = null;
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            if (label == null) {
                label = c;
            } else {
                out.putIfAbsent(label, c);
                return;
            }
        }
        if (label != null) {
            out.putIfAbsent(label, "");
        }
    }

    private static List<String> cellTexts(String html) {
        List<String> cells = split(html, CELL);
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells.subList(1, cells.size())) {
            int open = cell.indexOf('>');
            out.add(text(open < 0 ? "" : cell.substring(open + 1)));
        }
        return out;
    }

    /** The pieces between matches; the first piece is what precedes the first match. */
    private static List<String> split(String s, Pattern at) {
        List<String> out = new ArrayList<>();
        Matcher m = at.matcher(s);
        int from = 0;
        while (m.find()) {
            out.add(s.substring(from, m.start()));
            from = m.start();
        }
        out.add(s.substring(from));
        return out;
    }

    /** The visible text of a cell: tags removed (an end tag of the table ends it), entities decoded, spaces collapsed. */
    static String text(String cellHtml) {
        int end = indexOfIgnoreCase(cellHtml, "</table");
        String s = end < 0 ? cellHtml : cellHtml.substring(0, end);
        s = TAG.matcher(s).replaceAll(" ");
        s = decodeEntities(s);
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int indexOfIgnoreCase(String s, String what) {
        return s.toLowerCase(Locale.ROOT).indexOf(what);
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), m.group());
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }

    /**
     * The page's text: the charset the Content-Type names when the JDK knows it, else UTF-8 when the bytes are
     * valid UTF-8, else ISO-8859-1 (which phones' pages use and which decodes any byte). A declared UTF-8 is
     * checked too: a captured 7940 declares {@code charset="utf-8"} over ISO-8859-1 text.
     */
    static String decode(byte[] body, String contentType) {
        Charset named = charsetOf(contentType);
        if (named != null && !named.equals(StandardCharsets.UTF_8)) {
            return new String(body, named);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)").matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException e) { // an unknown or illegal name: fall back to sniffing
            return null;
        }
    }
}
