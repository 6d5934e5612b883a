package org.voicebench.cli.phone;

import java.util.concurrent.Callable;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code phone info ADDRESS [--json]}: DeviceInformationX, NetworkConfigurationX and ModeInfo. */
@Command(name = "info",
        sortOptions = false,
        description = {
            "Shows the phone's model, load, network settings and screen.",
            "Reads DeviceInformationX (model, load, MAC), NetworkConfigurationX (including its ITL/CTL fields) "
                    + "and what its screen shows (/CGI/Java/ModeInfo). These pages need no --user."},
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
public final class InfoCommand implements Callable<Integer> {

    @Mixin
    PhoneTarget target;

    @Option(names = "--json", description = "JSON with the keys address, profile, device, network (trust, fields) and screen")
    boolean json;

    @ParentCommand
    PhoneCommand parent;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        ModelProfile model = target.modelOption().orElse(null);
        try (PhoneClient client = target.client(parent.environment())) {
            Phone phone = client.phone(address);
            DeviceInformation device = phone.deviceInformation();
            ModelProfile profile = model != null ? model : ModelProfiles.builtIn().find(device.modelNumber()).orElse(null);
            PhoneInfo info = new PhoneInfo(address, profile, device, phone.networkConfiguration(), phone.modeInfo());
            if (json) {
                target.out().println(InfoJson.write(info));
            } else {
                InfoReport.print(target.out(), info);
            }
            return 0;
        } catch (PhoneException e) {
            return target.report(e);
        }
    }
}
