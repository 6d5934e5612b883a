package org.voicebench.cli.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a distinguished name to the part that identifies the certificate: the CN. CUCM writes the
 * CN first ({@code CN=..;OU=..;O=..}), other writers last ({@code C=US,...,CN=..}), so cutting
 * the end of the text could leave only the country; this keeps {@code CN=value} and marks the rest
 * as cut.
 */
public final class SubjectShortener implements Shortener {

    private static final Pattern CN = Pattern.compile("(?i)(?:^|[;,/+]\\s*)CN=((?:\\\\.|[^;,/+])*)");

    @Override
    public String fit(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        Matcher m = CN.matcher(text);
        if (!m.find()) {
            return Shortener.keepStart(text, width);
        }
        String cn = "CN=" + m.group(1).trim();
        String withRest = cn + (text.indexOf(';') >= 0 ? ";" : ",") + MARK;
        if (withRest.length() <= width) {
            return withRest;
        }
        return Shortener.keepStart(cn, width);
    }
}
