package org.voicebench.cli.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An aligned plain-text table. When the natural width exceeds the width asked for, shrinkable
 * columns are cut in their shrink order, each down to its minimum, until the table fits; fixed
 * columns are never cut. Missing values print as {@code -}.
 */
public final class TextTable {

    /** Columns are separated by this. */
    static final String GAP = "  ";

    private final List<Column> columns;
    private final boolean titles;
    private final List<String[]> rows = new ArrayList<>();

    /** A table with a title row. */
    public TextTable(Column... columns) {
        this(true, columns);
    }

    private TextTable(boolean titles, Column... columns) {
        this.columns = List.of(columns);
        this.titles = titles;
    }

    /** A two-column "name  value" table without title row, for headers and hashes. */
    public static TextTable keyValue() {
        return new TextTable(false, Column.fixed(""), Column.fixed(""));
    }

    /** Adds a row; {@code null} cells print as {@code -}. */
    public TextTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        String[] copy = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            copy[i] = cells[i] == null || cells[i].isEmpty() ? "-" : cells[i];
        }
        rows.add(copy);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line starting with {@code indent}, fitted into {@code maxWidth} if it can be. */
    public void print(PrintWriter out, String indent, int maxWidth) {
        int[] widths = fit(naturalWidths(), maxWidth - indent.length());
        if (titles) {
            String[] t = columns.stream().map(Column::title).toArray(String[]::new);
            out.println(line(indent, t, widths));
        }
        for (String[] r : rows) {
            out.println(line(indent, r, widths));
        }
    }

    private int[] naturalWidths() {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = titles ? columns.get(i).title().length() : 0;
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        return w;
    }

    /** Cuts shrinkable columns, lowest shrink rank first, until the total fits or all are at their minimum. */
    private int[] fit(int[] widths, int available) {
        int total = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).shrinkable()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt(i -> columns.get(i).shrinkRank()));
        for (int i : order) {
            if (total <= available) {
                break;
            }
            int floor = Math.max(columns.get(i).minWidth(), titles ? columns.get(i).title().length() : 0);
            int cut = Math.min(total - available, Math.max(0, widths[i] - floor));
            widths[i] -= cut;
            total -= cut;
        }
        return widths;
    }

    private String line(String indent, String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            Column c = columns.get(i);
            String text = cells[i].length() > widths[i] ? c.shortener().fit(cells[i], widths[i]) : cells[i];
            String pad = " ".repeat(widths[i] - text.length());
            sb.append(c.rightAligned() ? pad + text : text + pad);
            if (i < cells.length - 1) {
                sb.append(GAP);
            }
        }
        return stripTrailing(sb);
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
