package org.voicebench.trust.ui.nodes;

/** Escaping and colours for HTML display names (rendered by the platform's HtmlRenderer). */
final class Html {

    static final String RED = "#c62828";
    static final String GREEN = "#2e7d32";
    static final String GREY = "#777777";

    private Html() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String colored(String color, String text) {
        return "<font color='" + color + "'>" + escape(text) + "</font>";
    }

    /** Cuts long values so a tree row stays readable. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
