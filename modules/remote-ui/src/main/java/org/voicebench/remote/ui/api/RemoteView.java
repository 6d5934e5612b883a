package org.voicebench.remote.ui.api;

import org.voicebench.phone.Phone;
import org.voicebench.phone.inventory.PhoneEntry;

/** One open remote view, as another module sees it. Methods are for the Swing thread. */
public interface RemoteView {

    /** The phone shown. */
    PhoneEntry entry();

    /** The view's phone (with its model's profile when known); its calls block, so make them off the Swing thread. */
    Phone phone();

    /** Told of every key the view sends (keypad click or keyboard), in order, on the Swing thread. */
    void addKeySentListener(KeySentListener l);

    void removeKeySentListener(KeySentListener l);
}
