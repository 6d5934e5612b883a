package org.voicebench.phone.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.voicebench.phone.model.ModelProfile;

/**
 * The display state of one phone: idle, dialling, call, or a stack of menu pages, plus the 79xx
 * {@code **#} unlock. Keeps what tests must be able to prove never happened by mistake: the resets
 * confirmed other than the trust list's, and the digits dialled from the idle screen (where the keys of
 * a script land when its menu was closed under it). Not thread-safe: the owning {@link PhoneDevice}
 * calls it under its lock.
 */
final class MenuMachine implements Page.MenuContext {

    /** The status the 8800 admin guide names for the erase; the 79xx show it too in the simulator. */
    static final String ERASING = "Erasing CTL and ITL files";
    static final String RESTARTING = "Restarting";

    private final ModelProfile model;
    private final Supplier<PhoneConditions> conditions;
    private final TrustStore trust;
    private final Runnable restart;
    private final String lineNumber;
    private final Deque<Page> stack = new ArrayDeque<>();
    private final List<String> confirmedResets = new ArrayList<>();
    private final StringBuilder dialledDigits = new StringBuilder();
    private boolean unlocked;
    private String keypadTail = "";
    /** The last five keypad keys in a menu, for the 79xx restart {@code **#**}. */
    private String restartTail = "";
    /** The number being keyed on the dialling screen, or null when not dialling. */
    private StringBuilder entering;
    private String dialed;
    private Page message;

    /**
     * @param restart called once the message of an erase or reset is up (schedules the restart)
     */
    MenuMachine(ModelProfile model, Supplier<PhoneConditions> conditions, TrustStore trust, String lineNumber,
                Runnable restart) {
        this.model = model;
        this.conditions = conditions;
        this.trust = trust;
        this.lineNumber = lineNumber;
        this.restart = restart;
    }

    /** A key the model has (aliases resolved). */
    void press(String key) {
        if (message != null) {
            return;
        }
        if (dialed != null || entering != null) {
            offHook(key);
            return;
        }
        if (key.equals(menuKey())) {
            if (conditions.get().settingsAccess() == SettingsAccess.DISABLED) {
                return;
            }
            boolean wasOpen = !stack.isEmpty();
            home();
            // on 79xx the Settings key closes an open menu (why scripts start with Init:Settings)
            if (!(wasOpen && model.family().is79xx())) {
                stack.push(MenuTrees.top(model));
            }
            return;
        }
        if (stack.isEmpty()) {
            if (Page.keypadChar(key) != 0) {
                entering = new StringBuilder();
                offHook(key);
            }
            return;
        }
        if (Page.keypadChar(key) != 0) {
            if (restartTyped(key) || unlockTyped(key)) {
                return;
            }
        } else {
            keypadTail = "";
            restartTail = "";
        }
        stack.peek().key(key, this);
    }

    /** Dialling or in a call: keypad keys add to the number being keyed, the end keys hang up, others do nothing. */
    private void offHook(String key) {
        char c = Page.keypadChar(key);
        if (entering != null && c != 0) {
            entering.append(c);
            dialledDigits.append(c);
        } else if (key.equals("Release") || key.equals("Onhook") || key.equals("Soft2")) {
            dialed = null;
            entering = null;
        }
    }

    /**
     * {@code **#**} in the 79xx Settings menu restarts the phone (Cisco's documented basic reset; assumed to need
     * the Settings menu open, which is how the built-in restart macro sends it).
     */
    private boolean restartTyped(String key) {
        restartTail = (restartTail + Page.keypadChar(key)).substring(Math.max(0, restartTail.length() + 1 - 5));
        if (!model.family().is79xx() || !restartTail.equals("**#**") || !stack.peek().screen(this).title().equals("Settings")) {
            return false;
        }
        restartTail = "";
        confirmReset("Restart");
        return true;
    }

    /** Tracks the last keypad keys; true when they completed {@code **#} on a model that needs it. */
    private boolean unlockTyped(String key) {
        keypadTail = (keypadTail + Page.keypadChar(key)).substring(Math.max(0, keypadTail.length() + 1 - 3));
        if (!model.securityUnlockRequired() || !keypadTail.equals("**#")) {
            return false;
        }
        keypadTail = "";
        if (!unlocked && conditions.get().unlockPassword() != null) {
            push(new Pages.PasswordPage("Unlock", null));
        } else {
            unlocked = !unlocked;
        }
        return true;
    }

    /** {@code Init:Settings} and the like: back to the idle screen. */
    void init() {
        if (message == null) {
            home();
            entering = null;
        }
    }

    /** {@code Dial:}: the phone goes off-hook and calls; Release/Onhook ends it. */
    void dial(String digits) {
        if (message == null) {
            home();
            entering = null;
            dialed = digits;
        }
    }

    boolean inCall() {
        return dialed != null || conditions.get().busy();
    }

    /** After a restart: idle, locked, no message. What was dialled and reset stays on record. */
    void reset() {
        home();
        dialed = null;
        entering = null;
        message = null;
    }

    /** The labels of the resets confirmed (other than Security settings), oldest first. */
    List<String> confirmedResets() {
        return List.copyOf(confirmedResets);
    }

    /** Every keypad character keyed on the dialling screen since the lab started. */
    String dialledDigits() {
        return dialledDigits.toString();
    }

    Screen screen() {
        if (message != null) {
            return message.screen(this);
        }
        if (inCall()) {
            String other = dialed != null ? dialed : "5001";
            return new Screen(dialed != null ? "Calling" : "Connected",
                    List.of(new Screen.Field("Line 1", lineNumber), new Screen.Field("Call", other)), -1,
                    List.of("Hold", "EndCall", "Trnsfer"), "", "");
        }
        if (entering != null) {
            return new Screen("Dialing", List.of(new Screen.Field("Line 1", lineNumber),
                    new Screen.Field("Number", entering.toString())), -1, List.of("Redial", "EndCall"),
                    "Enter number", "");
        }
        if (stack.isEmpty()) {
            return new Screen(model.displayName(), List.of(new Screen.Field("Line 1", lineNumber)),
                    -1, List.of("Redial", "NewCall", "CFwdALL"), "Your current options", trust.updateStatus());
        }
        return stack.peek().screen(this);
    }

    /** Settings where the model has that key (79xx, 69xx), else Applications (7906/7911, 78xx, 88xx). */
    private String menuKey() {
        return model.hasKey("Settings") ? "Settings" : "Applications";
    }

    private void home() {
        restartTail = "";
        stack.clear();
        unlocked = false;
        keypadTail = "";
    }

    @Override
    public ModelProfile model() {
        return model;
    }

    @Override
    public PhoneConditions conditions() {
        return conditions.get();
    }

    @Override
    public TrustStore trust() {
        return trust;
    }

    @Override
    public boolean unlocked() {
        return unlocked;
    }

    @Override
    public void setUnlocked(boolean value) {
        unlocked = value;
    }

    @Override
    public void push(Page page) {
        stack.push(page);
    }

    @Override
    public void pop() {
        stack.pop();
        if (stack.isEmpty()) {
            home();
        }
    }

    @Override
    public void eraseTrust() {
        trust.erase();
        restartWith(ERASING);
    }

    @Override
    public void confirmReset(String label) {
        confirmedResets.add(label);
        restartWith(RESTARTING);
    }

    private void restartWith(String text) {
        message = new Pages.MessagePage(stack.isEmpty() ? "Settings" : stack.peek().screen(this).title(), text);
        restart.run();
    }
}
