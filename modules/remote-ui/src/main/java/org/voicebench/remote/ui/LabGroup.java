package org.voicebench.remote.ui;

import java.util.List;
import java.util.function.Consumer;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesService;

/**
 * Keeps the "Lab" group in step with the running Phone Lab: listens to lab-ui's service and hands
 * the lab's phones (or none, once it stopped) to a consumer. The lab's phones are not saved.
 */
final class LabGroup {

    /** The group the lab's phones are listed under. */
    static final String NAME = PhonesService.LAB_GROUP;

    private final PhoneLabService service;
    private final Consumer<List<PhoneEntry>> sink;

    private LabGroup(PhoneLabService service, Consumer<List<PhoneEntry>> sink) {
        this.service = service;
        this.sink = sink;
    }

    /** Follows {@code service}, telling {@code sink} the current phones now and after every change. */
    static LabGroup follow(PhoneLabService service, Consumer<List<PhoneEntry>> sink) {
        LabGroup g = new LabGroup(service, sink);
        service.addChangeListener(e -> g.publish());
        g.publish();
        return g;
    }

    private void publish() {
        sink.accept(entries(service.phones()));
    }

    /** The lab's phones as entries of the Lab group, without a user (the lab's own applies). */
    static List<PhoneEntry> entries(List<LabPhone> phones) {
        return phones.stream().map(p -> new PhoneEntry(p.address(), p.name(), NAME, p.model(), "")).toList();
    }
}
