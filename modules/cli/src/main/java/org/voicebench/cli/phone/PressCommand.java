package org.voicebench.cli.phone;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code phone press ADDRESS KEY... [--delay MS]}: presses keys, one Execute request per key, in order. */
@Command(name = "press",
        sortOptions = false,
        description = {
            "Presses keys, one request per key.",
            "Sends Key:NAME for each KEY in order, waiting --delay between them; stops at the first failure.",
            "Names are resolved with the model's aliases (Settings is Applications and Hold is FixedFeature3 on 88xx); "
                    + "the model comes from --model, or from DeviceInformationX when a key is not common to every model."},
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
public final class PressCommand implements Callable<Integer> {

    /** What {@code Phone.press} accepts; checked for all keys before the first is sent. */
    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Mixin
    PhoneTarget target;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "key names, e.g. Settings KeyPad4 Soft2 NavSelect")
    List<String> keys;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "milliseconds between two keys (default: ${DEFAULT-VALUE})")
    long delayMillis;

    @ParentCommand
    PhoneCommand parent;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        for (String k : keys) {
            if (!KEY_NAME.matcher(k).matches()) {
                throw target.usage("not a key name: '" + k + "' (expected e.g. Settings, KeyPad4, Soft2; for URIs use 'phone execute')");
            }
        }
        PacedRequests.requireValidDelay(target, delayMillis);
        ModelProfile model = target.modelOption().orElse(null);
        try (PhoneClient client = target.client(parent.environment())) {
            Phone phone = model != null ? client.phone(address, model) : identifyIfNeeded(client, address);
            return PacedRequests.send(target, phone, keys, delayMillis, Phone::press);
        } catch (PhoneException e) {
            return target.report(e);
        }
    }

    /**
     * The phone with its profile when some key is not spelled the same on every model (an alias
     * or another case): only the model says what to send for those.
     */
    private Phone identifyIfNeeded(PhoneClient client, PhoneAddress address) throws PhoneException {
        Phone phone = client.phone(address);
        ModelProfiles profiles = ModelProfiles.builtIn();
        boolean common = keys.stream().allMatch(k -> profiles.all().stream().allMatch(p -> p.hasKey(k)));
        if (common) {
            return phone;
        }
        String reported;
        try {
            reported = phone.deviceInformation().modelNumber();
        } catch (PhoneException e) {
            throw new PhoneException(e.phone(), e.failure(), e.getMessage() + " (the model was needed to resolve key names;"
                    + " --model skips this request)", e.detail(), e);
        }
        return profiles.find(reported).map(p -> client.phone(address, p)).orElseGet(() -> {
            target.err().println(address + ": model '" + reported + "' has no profile; keys are sent as given");
            return phone;
        });
    }
}
