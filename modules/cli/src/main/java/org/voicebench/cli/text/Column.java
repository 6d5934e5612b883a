package org.voicebench.cli.text;

/**
 * One column of a {@link TextTable}.
 *
 * @param title title row text
 * @param rightAligned numbers are right-aligned
 * @param minWidth the narrowest the column may be cut to; {@code -1} = never cut
 * @param shrinkRank columns with a lower rank are cut first
 * @param shortener how a value is cut to the column's width
 */
public record Column(String title, boolean rightAligned, int minWidth, int shrinkRank, Shortener shortener) {

    /** A left-aligned column that is never cut. */
    public static Column fixed(String title) {
        return new Column(title, false, -1, 0, Shortener.END);
    }

    /** A left-aligned column that may be cut down to {@code minWidth}, columns of lower rank first. */
    public static Column shrinkable(String title, int minWidth, int shrinkRank) {
        return new Column(title, false, minWidth, shrinkRank, Shortener.END);
    }

    public Column rightAlign() {
        return new Column(title, true, minWidth, shrinkRank, shortener);
    }

    public Column shortenWith(Shortener s) {
        return new Column(title, rightAligned, minWidth, shrinkRank, s);
    }

    boolean shrinkable() {
        return minWidth >= 0;
    }
}
