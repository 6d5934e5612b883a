package org.voicebench.common;

/**
 * One CSV field of an export for spreadsheets (RFC 4180): quoted when it holds a comma, quote or line
 * break, and a leading {@code = + - @} defused with an apostrophe, because spreadsheets run such cells
 * as formulas and phone names, messages and file names come from outside.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        String v = value == null ? "" : value;
        boolean formula = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+");
        String s = formula ? "'" + v : v;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
