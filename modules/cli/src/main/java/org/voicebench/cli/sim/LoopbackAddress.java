package org.voicebench.cli.sim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks an address option: the simulators bind 127.0.0.0/8 only, never the network. */
final class LoopbackAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private LoopbackAddress() {
    }

    /** A usage error naming {@code option} unless {@code text} is 127.x.y.z not ending in .0 or .255. */
    static void check(String option, String text, CommandLine cmd) {
        Matcher m = IPV4.matcher(text);
        if (!m.matches()) {
            throw new ParameterException(cmd, option + " must be an IPv4 address in 127.0.0.0/8, e.g. 127.0.10.1, not '"
                    + text + "'");
        }
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > 255) {
                throw new ParameterException(cmd, option + " " + text + " is not an IPv4 address");
            }
        }
        if (!m.group(1).equals("127")) {
            throw new ParameterException(cmd, option + " " + text + " is not a loopback address: the lab binds 127.0.0.0/8 only");
        }
        int last = Integer.parseInt(m.group(4));
        if (last == 0 || last == 255) {
            throw new ParameterException(cmd, option + " " + text + " must not end in .0 or .255");
        }
    }
}
