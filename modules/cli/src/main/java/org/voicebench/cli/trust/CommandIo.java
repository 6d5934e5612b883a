package org.voicebench.cli.trust;

import java.io.PrintWriter;
import org.voicebench.cli.text.Terminal;
import org.voicebench.trust.TrustList;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command's input and output, mixed into it with {@code @Mixin}: stdout and stderr, the text
 * width ({@code --wide}), and input files read with any failure reported on stderr.
 */
public final class CommandIo {

    @Option(names = "--wide", description = "do not cut long values to fit 120 columns")
    boolean wide;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Width of human-readable text. */
    int width() {
        return Terminal.width(wide);
    }

    /** The parsed file, or {@code null} after {@linkplain #report reporting} why it cannot be read. */
    TrustList readOrReport(String file) {
        try {
            return TrustListInput.read(file);
        } catch (TrustListInput.Unreadable e) {
            report(e);
            return null;
        }
    }

    /**
     * Prints on stderr why a file cannot be read, stdout flushed first so that the line stands
     * after what was printed about earlier files.
     */
    void report(TrustListInput.Unreadable e) {
        out().flush();
        err().println(e.getMessage());
    }
}
