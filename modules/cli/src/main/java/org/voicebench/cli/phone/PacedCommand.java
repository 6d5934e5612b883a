package org.voicebench.cli.phone;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A phone command that sends one Execute request per argument ({@code press}, {@code execute}).
 * Every argument is checked before the first is sent; then one request each, waiting
 * {@code --delay} between them (phones drop keys that come faster than their UI follows), stopping
 * at the first failure: what the phone shows after it is unknown, so the next key could do harm.
 * The subclasses name and describe the command; picocli takes the option order and exit-code footer
 * they share from here.
 */
@Command(sortOptions = false,
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
abstract class PacedCommand implements Callable<Integer> {

    @Mixin
    PhoneTarget target;

    @ParentCommand
    PhoneCommand parent;

    /** The arguments, in command-line order. */
    abstract List<String> arguments();

    /** {@code --delay}: milliseconds between two requests. */
    abstract long delayMillis();

    /** The usage error for an argument that cannot be sent, or {@code null} when it can. */
    abstract String refusal(String argument);

    /** Sends one argument. */
    abstract ExecuteResult send(Phone phone, String argument) throws PhoneException;

    /** The phone to send to when {@code --model} was not given; the base sends to it as it is. */
    Phone withoutModelOption(Phone phone) throws PhoneException {
        return phone;
    }

    @Override
    public final Integer call() {
        PhoneAddress address = target.address();
        for (String argument : arguments()) {
            String refusal = refusal(argument);
            if (refusal != null) {
                throw target.usage(refusal);
            }
        }
        if (delayMillis() < 0) {
            throw target.usage("--delay must not be negative, not " + delayMillis());
        }
        Optional<ModelProfile> model = target.modelOption();
        try (PhoneClient client = target.client(parent.environment())) {
            Phone phone = model.isPresent() ? client.phone(address, model.get()) : withoutModelOption(client.phone(address));
            return sendAll(phone);
        } catch (PhoneException e) {
            return target.report(e);
        }
    }

    /** Prints {@code ADDRESS: URI: Data} per accepted request; returns 0, or 1 after printing the failure. */
    private int sendAll(Phone phone) {
        List<String> arguments = arguments();
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0 && delayMillis() > 0) {
                try {
                    Thread.sleep(delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    target.err().println(phone.address() + ": interrupted before " + arguments.get(i));
                    return PhoneCommand.FAILED;
                }
            }
            try {
                ExecuteResult r = send(phone, arguments.get(i));
                target.out().println(phone.address() + ": " + r.uri() + ": " + r.data());
            } catch (PhoneException e) {
                target.out().flush();
                return target.report(e);
            }
        }
        return 0;
    }
}
