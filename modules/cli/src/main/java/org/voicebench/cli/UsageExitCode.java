package org.voicebench.cli;

/**
 * Implemented by a subcommand whose contract gives usage errors another exit code than
 * {@link ExitCodes#USAGE} (e.g. {@code phone}: 2). Its own subcommands get the same code unless
 * they implement this too. (Picocli's {@code exitCodeOnInvalidInput} cannot do this: an inherited
 * value overwrites a subcommand's explicit 2, which is picocli's default.)
 */
public interface UsageExitCode {

    int usageExitCode();
}
