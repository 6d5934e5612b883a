package org.voicebench.phone.sim;

import org.voicebench.phone.model.ModelProfile;

/** One screen of a phone's menu tree: what it shows and what its keys do. Called under the phone's lock. */
interface Page {

    Screen screen(MenuContext ctx);

    /** A key the menu machine passed on (already resolved to a key the model has). */
    void key(String key, MenuContext ctx);

    /** Where pages act on the phone. */
    interface MenuContext {
        ModelProfile model();

        PhoneConditions conditions();

        TrustStore trust();

        /** True after {@code **#} on a 79xx (until the settings are left). */
        boolean unlocked();

        void setUnlocked(boolean unlocked);

        void push(Page page);

        /** Back one level; leaving the top menu returns to the idle screen. */
        void pop();

        /** Erases ITL and CTL, shows "Erasing CTL and ITL files", then the phone restarts. */
        void eraseTrust();

        /**
         * A reset other than the trust list's was confirmed (Reset device, All settings, ...): the phone
         * records it and restarts, its trust list untouched.
         */
        void confirmReset(String label);
    }

    /** The digit of a KeyPad key, or -1. */
    static int digit(String key) {
        char c = keypadChar(key);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** The character a KeyPad key types ({@code 0-9 * #}), or 0 for any other key. */
    static char keypadChar(String key) {
        if (key.equals("KeyPadStar")) {
            return '*';
        }
        if (key.equals("KeyPadPound")) {
            return '#';
        }
        if (key.length() == 7 && key.startsWith("KeyPad") && Character.isDigit(key.charAt(6))) {
            return key.charAt(6);
        }
        return 0;
    }
}
