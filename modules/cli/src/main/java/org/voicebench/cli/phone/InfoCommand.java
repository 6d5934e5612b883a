package org.voicebench.cli.phone;

import java.util.concurrent.Callable;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code phone info ADDRESS [--json]}: what the phone makes public (DeviceInformationX, the Network setup page
 * with its trust state), and its screen (ModeInfo) only when {@code --user} is given: real phones answer
 * ModeInfo only to a user associated with them, so its absence never fails the command.
 */
@Command(name = "info",
        sortOptions = false,
        description = {
            "Shows the phone's model, load, trust lists, network settings and screen.",
            "Reads DeviceInformationX (model, load, MAC) and the Network setup page (ITL and CTL as the phone shows"
                    + " them, TFTP server 1), which need no credentials; with --user also what its screen shows (ModeInfo,"
                    + " which real phones answer only to a user associated with them). A page the phone does not serve"
                    + " or refuses is reported, not fatal: only an unreadable DeviceInformationX fails the command."},
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
public final class InfoCommand implements Callable<Integer> {

    @Mixin
    PhoneTarget target;

    @Option(names = "--json", description = "JSON with the keys address, profile, device, network (source, itl, ctl,"
            + " tftpServer1, trust, fields, note) and screen (title, prompt, status, lines, values, note)")
    boolean json;

    @ParentCommand
    PhoneCommand parent;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        ModelProfile model = target.modelOption().orElse(null);
        boolean withUser = target.hasUser();
        try (PhoneClient client = target.client(parent.environment())) {
            DeviceInformation device = client.phone(address).deviceInformation();
            ModelProfile profile = model != null ? model : ModelProfiles.builtIn().find(device.modelNumber()).orElse(null);
            Phone phone = profile != null ? client.phone(address, profile) : client.phone(address);
            PhoneInfo info = read(phone, address, profile, device, withUser);
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

    /** The network page and the screen, each as far as the phone lets: a failure becomes a note, not an error. */
    private static PhoneInfo read(Phone phone, PhoneAddress address, ModelProfile profile, DeviceInformation device,
                                  boolean withUser) throws PhoneException {
        NetworkSetup network = null;
        String networkNote = null;
        try {
            network = phone.networkSetup();
            if (!network.showsItl()) {
                networkNote = network.source() + " shows no ITL row";
            }
        } catch (PhoneException e) {
            rethrowCancel(e);
            networkNote = "the Network setup page was not read: " + e.getMessage();
            try {
                network = phone.networkSetupXml();
            } catch (PhoneException x) {
                rethrowCancel(x);
            }
        }
        ModeInfo screen = null;
        String screenNote = null;
        if (!withUser) {
            screenNote = "not read: the phone shows its screen (ModeInfo) only to a user associated with it; give --user";
        } else {
            try {
                screen = phone.modeInfo();
            } catch (PhoneException e) {
                rethrowCancel(e);
                screenNote = "not read: " + e.failure() + ": " + e.getMessage();
            }
        }
        return new PhoneInfo(address, profile, device, network, networkNote, screen, screenNote);
    }

    private static void rethrowCancel(PhoneException e) throws PhoneException {
        if (e.failure() == PhoneFailure.CANCELLED) {
            throw e;
        }
    }
}
