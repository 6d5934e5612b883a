package org.voicebench.cli.phone;

import java.util.List;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.ExecuteSyntax;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phone execute ADDRESS URI... [--delay MS]}: runs Execute URIs, one request per URI, in order. */
@Command(name = "execute",
        description = {
            "Runs Execute URIs, one request per URI.",
            "Runs them in order (Key:Settings, Init:Services, Dial:1000, ...), "
                    + "waiting --delay between them; stops at the first failure. URIs are sent as given."})
public final class ExecuteCommand extends PacedCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "URI", description = "Execute URIs, e.g. Dial:1000 Key:Soft1")
    List<String> uris;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "milliseconds between two URIs (default: ${DEFAULT-VALUE})")
    long delayMillis;

    @Override
    List<String> arguments() {
        return uris;
    }

    @Override
    long delayMillis() {
        return delayMillis;
    }

    @Override
    String refusal(String uri) {
        return ExecuteSyntax.isUri(uri) ? null
                : "not an Execute URI: '" + uri + "' (expected SCHEME:VALUE, e.g. Key:Settings or Dial:1000)";
    }

    @Override
    ExecuteResult send(Phone phone, String uri) throws PhoneException {
        return phone.execute(uri);
    }
}
