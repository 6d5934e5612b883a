package org.voicebench.remote.ui.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openide.util.Lookup;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * The Phones window's phone list and the application's phone client, for modules that work on the
 * engineer's phones without a selection (the Trust Audit window opened from the menu).
 */
public interface PhonesService {

    /** The group the running Phone Lab's phones are listed under. */
    String LAB_GROUP = "Lab";

    /** Every phone of the list, the running lab's included, in list order. */
    List<PhoneEntry> phones();

    /** The phones of one group, in list order. */
    default List<PhoneEntry> group(String name) {
        return phones().stream().filter(p -> name.equals(p.group())).toList();
    }

    /**
     * The phones a window opened without a selection works on: the Lab group while the Phone Lab runs (the demo),
     * else the whole list.
     */
    default List<PhoneEntry> labOrAll() {
        List<PhoneEntry> lab = group(LAB_GROUP);
        return lab.isEmpty() ? phones() : lab;
    }

    /** The application's phone client, with the Phones window's credentials. */
    PhoneClient client();

    ModelProfiles profiles();

    /**
     * Probes these phones again (read-only, in the background) so that the Phones window's status and ITL columns
     * show what an audit, a fix or a macro just did to them. Phones not in the list are ignored.
     */
    void refreshStatus(Collection<PhoneEntry> touched);

    /**
     * Tells the Phones window how keys last reached these phones (the web server or CTI), after an audit's fix or a
     * macro run; its Keys column shows it. Phones not in the list are ignored.
     */
    default void keysUsed(Map<PhoneAddress, KeyTransport> used) {
    }

    /** The application's service, or null when the Phones window's module is not enabled. */
    static PhonesService getDefault() {
        return Lookup.getDefault().lookup(PhonesService.class);
    }
}
