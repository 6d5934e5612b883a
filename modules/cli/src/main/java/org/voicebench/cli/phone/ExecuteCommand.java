package org.voicebench.cli.phone;

import java.util.List;
import java.util.concurrent.Callable;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code phone execute ADDRESS URI... [--delay MS]}: runs Execute URIs, one request per URI, in order. */
@Command(name = "execute",
        sortOptions = false,
        description = {
            "Runs Execute URIs, one request per URI.",
            "Runs them in order (Key:Settings, Init:Services, Dial:1000, ...), "
                    + "waiting --delay between them; stops at the first failure. URIs are sent as given."},
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
public final class ExecuteCommand implements Callable<Integer> {

    /** The client's limit; longer URIs are refused before anything is sent. */
    private static final int MAX_URI = 4096;

    @Mixin
    PhoneTarget target;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "URI", description = "Execute URIs, e.g. Dial:1000 Key:Soft1")
    List<String> uris;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "milliseconds between two URIs (default: ${DEFAULT-VALUE})")
    long delayMillis;

    @ParentCommand
    PhoneCommand parent;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        for (String u : uris) {
            if (u.isBlank() || u.length() > MAX_URI || u.indexOf(':') < 1 || u.chars().anyMatch(c -> c < ' ')) {
                throw target.usage("not an Execute URI: '" + u + "' (expected SCHEME:VALUE, e.g. Key:Settings or Dial:1000)");
            }
        }
        PacedRequests.requireValidDelay(target, delayMillis);
        try (PhoneClient client = target.client(parent.environment())) {
            Phone phone = target.modelOption().map(m -> client.phone(address, m)).orElseGet(() -> client.phone(address));
            return PacedRequests.send(target, phone, uris, delayMillis, Phone::execute);
        }
    }
}
