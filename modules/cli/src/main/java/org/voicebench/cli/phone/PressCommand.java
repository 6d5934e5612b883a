package org.voicebench.cli.phone;

import java.util.List;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.ExecuteSyntax;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code phone press ADDRESS KEY... [--delay MS]}: presses keys, one Execute request per key, in order. */
@Command(name = "press",
        description = {
            "Presses keys, one request per key.",
            "Sends Key:NAME for each KEY in order, waiting --delay between them; stops at the first failure.",
            "Names are resolved with the model's aliases (Settings is Applications and Hold is FixedFeature3 on 88xx); "
                    + "the model comes from --model, or from DeviceInformationX when a key is not common to every model."})
public final class PressCommand extends PacedCommand {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "key names, e.g. Settings KeyPad4 Soft2 NavSelect")
    List<String> keys;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "milliseconds between two keys (default: ${DEFAULT-VALUE})")
    long delayMillis;

    @Override
    List<String> arguments() {
        return keys;
    }

    @Override
    long delayMillis() {
        return delayMillis;
    }

    @Override
    String refusal(String key) {
        return ExecuteSyntax.isKeyName(key) ? null
                : "not a key name: '" + key + "' (expected e.g. Settings, KeyPad4, Soft2; for URIs use 'phone execute')";
    }

    @Override
    ExecuteResult send(Phone phone, String key) throws PhoneException {
        return phone.press(key);
    }

    /**
     * The phone identified by the model it reports when some key is not spelled the same on every
     * model (an alias or another case): only the model says what to send for those.
     */
    @Override
    Phone withoutModelOption(Phone phone) throws PhoneException {
        ModelProfiles profiles = ModelProfiles.builtIn();
        if (keys.stream().allMatch(k -> profiles.all().stream().allMatch(p -> p.hasKey(k)))) {
            return phone;
        }
        DeviceInformation device;
        try {
            device = phone.deviceInformation();
        } catch (PhoneException e) {
            throw new PhoneException(e.phone(), e.failure(), e.getMessage() + " (the model was needed to resolve key names;"
                    + " --model skips this request)", e.detail(), e);
        }
        Phone identified = phone.withModel(device.modelNumber(), profiles);
        if (identified.profile().isEmpty()) {
            target.err().println(phone.address() + ": model '" + device.modelNumber()
                    + "' has no profile; keys are sent as given");
        }
        return identified;
    }
}
