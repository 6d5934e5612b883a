package org.voicebench.remote.ui;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.testsupport.ScriptedDialogs;

/** The shared scripted dialogs with the Phones window's questions answered from queues too. */
final class ScriptedPhoneDialogs extends ScriptedDialogs implements PhoneDialogs {

    final Queue<PhoneEntry> phones = new ConcurrentLinkedQueue<>();
    final Queue<Credentials> credentials = new ConcurrentLinkedQueue<>();

    @Override
    public PhoneEntry editPhone(String title, PhoneEntry initial, String group, List<String> groups) {
        asked.add(title);
        return phones.poll();
    }

    @Override
    public Credentials credentials(String title, String user) {
        asked.add(title);
        return credentials.poll();
    }
}
