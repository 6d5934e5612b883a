package org.voicebench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The password that goes with {@code --user}: read from the environment variable {@link #NAME},
 * never from the command line (where {@code ps} and shell history would show it).
 */
public final class PasswordVariable {

    /** The environment variable holding the password for {@code --user}. */
    public static final String NAME = "VOICEBENCH_PASSWORD";

    private PasswordVariable() {
    }

    /**
     * The password for {@code user}.
     *
     * @throws ParameterException (a usage error of {@code command}) when the variable is unset or empty
     */
    public static String require(Environment env, String user, CommandLine command) {
        String password = env.get(NAME);
        if (password == null || password.isEmpty()) {
            throw new ParameterException(command, "--user " + user + " needs the password in the environment variable "
                    + NAME + " (it is never taken from the command line)");
        }
        return password;
    }
}
