package org.voicebench.cli.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.CaptureManifest;
import org.voicebench.phone.sim.ReplayPhone;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code sim --replay FILE.zip [--address A]} options: one real phone served back from its
 * capture ({@link ReplayPhone}), read-only, instead of a lab of simulated ones. The lab's options
 * make no sense for a replay and are usage errors with it.
 */
final class ReplayOptions {

    static final String DEFAULT_ADDRESS = "127.0.0.1";
    /** The sim options a replay takes. */
    private static final Set<String> REPLAY_OPTIONS = Set.of("--replay", "--address", "--port", "--duration");

    @Option(names = "--replay", paramLabel = "FILE.zip",
            description = "instead of a lab, serve the phone captured in FILE (by 'voicebench-cli phone capture'), "
                    + "read-only, on --address and --port")
    String file;

    @Option(names = "--address", paramLabel = "ADDRESS",
            description = "with --replay: the address to serve on, in 127.0.0.0/8 (default: " + DEFAULT_ADDRESS + ")")
    String address;

    boolean requested() {
        return file != null;
    }

    /** Usage errors for {@code --address} without {@code --replay}, and for lab options with it. */
    void check(CommandLine cmd) {
        if (!requested()) {
            if (address != null) {
                throw new ParameterException(cmd, "--address needs --replay FILE.zip (a lab's phones start at --first-ip)");
            }
            return;
        }
        for (OptionSpec o : cmd.getParseResult().matchedOptions()) {
            if (!REPLAY_OPTIONS.contains(o.longestName())) {
                throw new ParameterException(cmd, o.longestName() + " is a lab option; --replay takes only "
                        + String.join(", ", REPLAY_OPTIONS.stream().sorted().toList()));
            }
        }
    }

    /** The capture file named by {@code --replay}. */
    Path file(CommandLine cmd) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new ParameterException(cmd, "--replay: not a file name: " + e.getMessage());
        }
    }

    /** Where to serve: {@code --address} (loopback only) and {@code port}. */
    InetSocketAddress address(int port, CommandLine cmd) {
        String text = address == null ? DEFAULT_ADDRESS : address;
        LoopbackAddress.check("--address", text, cmd);
        try {
            return new InetSocketAddress(InetAddress.getByName(text), port);
        } catch (IOException e) {
            throw new IllegalStateException("an IPv4 literal needs no lookup: " + text, e);
        }
    }

    /** A summary line, then one line per page served: what a user can ask the replay for. */
    static List<String> describe(ReplayPhone phone, Path file, Duration limit) {
        CaptureManifest m = phone.capture().manifest();
        List<String> lines = new ArrayList<>();
        lines.add("replaying " + file + ": " + m.answers().size() + " pages of " + m.address() + " captured " + m.captured()
                + " by " + m.tool() + (m.credentialsSent() ? " with credentials" : " without credentials") + "; read-only on "
                + phone.hostAndPort() + " (other pages 404, Execute 403)"
                + (limit == null ? "; stop with Ctrl+C" : "; stops after " + limit.toSeconds() + " s (or Ctrl+C)"));
        for (RawAnswer a : phone.capture().answers()) {
            lines.add("  " + a.status() + " " + a.path() + " (" + (a.contentType() == null ? "no Content-Type" : a.contentType())
                    + ", " + a.body().length + " bytes)");
        }
        return lines;
    }
}
