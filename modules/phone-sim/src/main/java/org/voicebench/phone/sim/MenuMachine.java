package org.voicebench.phone.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.voicebench.phone.model.ModelProfile;

/**
 * The display state of one phone: idle, call, or a stack of menu pages, plus the 79xx {@code **#}
 * unlock. Not thread-safe: the owning {@link PhoneDevice} calls it under its lock.
 */
final class MenuMachine implements Page.MenuContext {

    private final ModelProfile model;
    private final Supplier<PhoneConditions> conditions;
    private final TrustStore trust;
    private final Runnable afterErase;
    private final String lineNumber;
    private final Deque<Page> stack = new ArrayDeque<>();
    private boolean unlocked;
    private String keypadTail = "";
    private String dialed;
    private Page message;

    /**
     * @param afterErase called once ITL and CTL are gone and the message is up (schedules the reboot)
     */
    MenuMachine(ModelProfile model, Supplier<PhoneConditions> conditions, TrustStore trust, String lineNumber,
                Runnable afterErase) {
        this.model = model;
        this.conditions = conditions;
        this.trust = trust;
        this.lineNumber = lineNumber;
        this.afterErase = afterErase;
    }

    /** A key the model has (aliases resolved). */
    void press(String key) {
        if (message != null) {
            return;
        }
        if (dialed != null) {
            if (key.equals("Release") || key.equals("Onhook") || key.equals("Soft2")) {
                dialed = null;
            }
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
            return;
        }
        if (key.startsWith("KeyPad")) {
            if (unlockTyped(key)) {
                return;
            }
        } else {
            keypadTail = "";
        }
        stack.peek().key(key, this);
    }

    /** Tracks the last keypad keys; true when they completed {@code **#} on a model that needs it. */
    private boolean unlockTyped(String key) {
        String c = key.equals("KeyPadStar") ? "*" : key.equals("KeyPadPound") ? "#" : String.valueOf(Page.digit(key));
        keypadTail = (keypadTail + c).substring(Math.max(0, keypadTail.length() + 1 - 3));
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
        }
    }

    /** {@code Dial:}: the phone goes off-hook and calls; Release/Onhook ends it. */
    void dial(String digits) {
        if (message == null) {
            home();
            dialed = digits;
        }
    }

    boolean inCall() {
        return dialed != null || conditions.get().busy();
    }

    /** After a restart: idle, locked, no message. */
    void reset() {
        home();
        dialed = null;
        message = null;
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
        if (stack.isEmpty()) {
            return new Screen(model.displayName(), List.of(new Screen.Field("Line 1", lineNumber)),
                    -1, List.of("Redial", "NewCall", "CFwdALL"), "Your current options", "");
        }
        return stack.peek().screen(this);
    }

    private String menuKey() {
        return model.family().is79xx() ? "Settings" : "Applications";
    }

    private void home() {
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
    public void eraseTrust(String text) {
        trust.erase();
        message = new Pages.MessagePage(stack.isEmpty() ? "Settings" : stack.peek().screen(this).title(), text);
        afterErase.run();
    }
}
