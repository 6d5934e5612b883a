package org.voicebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This machine's RSA-2048 verify rate from {@code openssl speed}: the reference the inspect
 * throughput target is stated against (issue 16), measured in the same run so that both figures
 * see the same machine load.
 */
final class OpensslSpeed {

    /** The data line: {@code rsa 2048 bits 0.000300s 0.000017s   3336.5  60036.1} (more columns in OpenSSL 3.2+). */
    private static final Pattern RSA_2048 = Pattern.compile("(?m)^rsa\\s+2048 bits\\s+(.*)$");
    /** The column titles above it: {@code sign verify sign/s verify/s} (3.2+ adds encrypt, decrypt...). */
    private static final Pattern TITLES = Pattern.compile("(?m)^\\s+sign\\s+verify\\s.*$");

    private OpensslSpeed() {
    }

    /** Runs {@code openssl speed -seconds S rsa2048} and returns its verify operations per second. */
    static double rsa2048VerifyPerSecond(int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "speed", "-seconds", Integer.toString(seconds), "rsa2048")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IOException("openssl speed exited with " + exit + ":\n" + output);
        }
        return verifyRate(output);
    }

    /** The {@code verify/s} column of the {@code rsa 2048 bits} line of {@code openssl speed}'s output. */
    static double verifyRate(String opensslOutput) throws IOException {
        Matcher titles = TITLES.matcher(opensslOutput);
        Matcher values = RSA_2048.matcher(opensslOutput);
        if (!titles.find() || !values.find()) {
            throw new IOException("no 'rsa 2048 bits' line under its column titles in openssl speed's output:\n" + opensslOutput);
        }
        List<String> columns = List.of(titles.group().trim().split("\\s+"));
        String[] cells = values.group(1).trim().split("\\s+");
        int verify = columns.indexOf("verify/s");
        if (verify < 0 || cells.length != columns.size()) {
            throw new IOException("unexpected openssl speed columns " + columns + " for " + values.group());
        }
        return Double.parseDouble(cells[verify]);
    }
}
