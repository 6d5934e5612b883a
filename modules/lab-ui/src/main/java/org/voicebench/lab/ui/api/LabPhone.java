package org.voicebench.lab.ui.api;

import java.util.Objects;
import org.voicebench.phone.PhoneAddress;

/**
 * One phone of the running lab, as other windows list and address it: enough to add it to a phone
 * list or recognise it, without the simulator's own types.
 *
 * @param address where its web interface listens
 * @param name    its device name ({@code SEP...})
 * @param model   its model, as the phone list shows it
 */
public record LabPhone(PhoneAddress address, String name, String model) {

    public LabPhone {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
