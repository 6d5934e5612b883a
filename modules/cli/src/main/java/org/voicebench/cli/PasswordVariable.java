package org.voicebench.cli;

import java.io.Console;
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

    /**
     * The password of {@code user} from the environment variable {@code variable}, else asked on the
     * console without echo.
     *
     * @param option  the option naming the user, for messages ({@code --user}, {@code --axl-user})
     * @param console the console to ask on, or null when there is none
     * @throws ParameterException (a usage error of {@code command}) when the variable is unset and there is
     *                            no console, or the answer is empty
     */
    public static char[] requireOrAsk(Environment env, String variable, String option, String user, Console console,
            CommandLine command) {
        String password = env.get(variable);
        if (password != null && !password.isEmpty()) {
            return password.toCharArray();
        }
        if (console == null) {
            throw new ParameterException(command, option + " " + user + " needs the password in the environment variable "
                    + variable + " (it is never taken from the command line; there is no terminal to ask on)");
        }
        char[] typed = console.readPassword("Password of %s %s: ", option, user);
        if (typed == null || typed.length == 0) {
            throw new ParameterException(command, option + " " + user + ": no password given");
        }
        return typed;
    }
}
