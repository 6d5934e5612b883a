package org.voicebench.phone.sim;

import java.util.List;
import java.util.function.Supplier;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.PhoneFamily;

/**
 * Walks a phone's menus by item label, as the contract tells clients to (positions move with model and
 * firmware): reads the screen, then keys the number the item has there. Fails, naming the screen, when an
 * item or soft key is not shown.
 */
final class LabelWalk {

    /** Sends one Execute URI ({@code Key:...}, {@code Init:...}). */
    interface Keys {
        void send(String uri) throws Exception;
    }

    private final Supplier<Screen> screen;
    private final Keys keys;

    LabelWalk(Supplier<Screen> screen, Keys keys) {
        this.screen = screen;
        this.keys = keys;
    }

    /** Over HTTP Execute with the lab's credentials, reading the simulated phone's screen. */
    static LabelWalk http(SimulatedPhone p) {
        return new LabelWalk(p::screen, uri -> LabFixtures.play(p, List.of(uri)));
    }

    LabelWalk press(String... uris) throws Exception {
        for (String uri : uris) {
            keys.send(uri);
        }
        return this;
    }

    /** Opens the items with these labels, each in the menu the previous one opened. */
    LabelWalk open(String... labels) throws Exception {
        for (String label : labels) {
            Screen s = screen.get();
            int n = s.itemNumber(label);
            if (n < 1 || n > 9) {
                throw new AssertionError("no item '" + label + "' to key on " + s);
            }
            keys.send("Key:KeyPad" + n);
        }
        return this;
    }

    /** Presses the soft key with this label. */
    LabelWalk soft(String label) throws Exception {
        Screen s = screen.get();
        int n = s.softKeys().indexOf(label) + 1;
        if (n == 0) {
            throw new AssertionError("no soft key '" + label + "' on " + s);
        }
        keys.send("Key:Soft" + n);
        return this;
    }

    /** The family's way to the trust-list erase, by labels, from whatever screen the phone shows. */
    void eraseTrust(ModelProfile m) throws Exception {
        PhoneFamily f = m.family();
        press("Init:Settings", m.hasKey("Settings") ? "Key:Settings" : "Key:Applications");
        if (!f.is79xx() && f != PhoneFamily.CP69XX) {
            open("Admin settings", "Reset settings", "Security settings").soft("Reset");
            return;
        }
        if (f == PhoneFamily.CP7911) {
            open("Settings");
        }
        open("Security Configuration", "Trust List");
        if (f != PhoneFamily.CP69XX) {
            open("ITL File").press("Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound");
        }
        soft("Erase");
        if (screen.get().softKeys().contains("Continue")) {
            soft("Continue");
        }
    }
}
