package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The kinds of page the menu trees are made of. */
final class Pages {

    private Pages() {
    }

    /** A menu entry: its label and the page it opens. */
    record Entry(String label, Supplier<Page> opens) {
    }

    /** A menu: digit n opens item n directly, Nav keys move and select, Soft2/NavBack go back. */
    static final class MenuPage implements Page {
        private final String title;
        private final Function<Page.MenuContext, List<Entry>> entries;
        private int selected;

        MenuPage(String title, Function<Page.MenuContext, List<Entry>> entries) {
            this.title = title;
            this.entries = entries;
        }

        /** The items' labels only: a real phone's ModeInfo has no numbers, the display draws them. */
        @Override
        public Screen screen(Page.MenuContext ctx) {
            List<Screen.Field> fields = entries.apply(ctx).stream().map(e -> new Screen.Field(e.label(), "")).toList();
            String lock = ctx.model().family().is79xx() && ctx.model().securityUnlockRequired()
                    ? (ctx.unlocked() ? "Unlocked" : "Locked") : "";
            return new Screen(title, fields, Math.min(selected, fields.size() - 1), List.of("Select", "Exit"),
                    "Select item", lock, true);
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            List<Entry> list = entries.apply(ctx);
            int d = Page.digit(key);
            if (d >= 1 && d <= list.size()) {
                selected = d - 1;
                ctx.push(list.get(d - 1).opens().get());
                return;
            }
            switch (key) {
                case "NavUp" -> selected = Math.max(0, selected - 1);
                case "NavDwn" -> selected = Math.min(list.size() - 1, selected + 1);
                case "NavSelect", "Soft1" -> {
                    if (!list.isEmpty()) {
                        ctx.push(list.get(Math.min(selected, list.size() - 1)).opens().get());
                    }
                }
                case "Soft2", "NavBack", "NavLeft" -> ctx.pop();
                default -> {
                    // other keys do nothing in a list, as on the phone
                }
            }
        }
    }

    /** Read-only name/value lines; Soft1 or NavBack goes back. */
    static final class InfoPage implements Page {
        private final String title;
        private final Function<Page.MenuContext, List<Screen.Field>> fields;

        InfoPage(String title, Function<Page.MenuContext, List<Screen.Field>> fields) {
            this.title = title;
            this.fields = fields;
        }

        @Override
        public Screen screen(Page.MenuContext ctx) {
            return new Screen(title, fields.apply(ctx), -1, List.of("Exit"), "", "");
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            if (key.equals("Soft1") || key.equals("NavBack") || key.equals("NavLeft")) {
                ctx.pop();
            }
        }
    }

    /**
     * The 79xx ITL File and CTL File pages: show the file's hashes; {@code **#} unlocks them (Status
     * "Unlocked") and the Erase soft key appears at {@code eraseSlot} (at once on a model that needs no
     * unlock); with {@code confirm} a question follows (Soft2 confirms). Erasing either file erases the
     * phone's trust list (ITL and CTL), then the phone restarts.
     */
    static final class TrustFilePage implements Page {
        private final String file;
        private final int eraseSlot;
        private final boolean confirm;

        /** @param file "ITL" or "CTL" */
        TrustFilePage(String file, int eraseSlot, boolean confirm) {
            this.file = file;
            this.eraseSlot = eraseSlot;
            this.confirm = confirm;
        }

        @Override
        public Screen screen(Page.MenuContext ctx) {
            TrustStore.Installed installed = file.equals("ITL") ? ctx.trust().itl() : ctx.trust().ctl();
            List<Screen.Field> fields = new ArrayList<>(List.of(
                    new Screen.Field(file + " File", installed == null ? "Not Installed" : "Installed"),
                    new Screen.Field(file + " MD5", installed == null ? "" : installed.md5())));
            if (file.equals("ITL")) {
                fields.add(new Screen.Field("ITL SHA-1", installed == null ? "" : installed.sha1()));
            }
            List<String> keys = new ArrayList<>(List.of("Exit"));
            if (open(ctx)) {
                while (keys.size() < eraseSlot - 1) {
                    keys.add("");
                }
                keys.add("Erase");
            }
            if (!ctx.model().securityUnlockRequired()) {
                return new Screen(file + " File", fields, -1, keys, "", "");
            }
            return new Screen(file + " File", fields, -1, keys, ctx.unlocked() ? "" : "Press **# to unlock",
                    ctx.unlocked() ? "Unlocked" : "Locked");
        }

        /** Erase is offered after the unlock, or at once on a model that needs none (69xx). */
        private static boolean open(Page.MenuContext ctx) {
            return ctx.unlocked() || !ctx.model().securityUnlockRequired();
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            if (key.equals("Soft1") || key.equals("NavBack")) {
                ctx.pop();
            } else if (open(ctx) && key.equals("Soft" + eraseSlot)) {
                if (confirm) {
                    ctx.push(new ConfirmPage("Trust List", "Erase the CTL and ITL files?", List.of("Cancel", "Continue"),
                            2, Page.MenuContext::eraseTrust));
                } else {
                    ctx.eraseTrust();
                }
            }
        }
    }

    /** A question with soft keys: the confirm slot runs the action, any other used soft key cancels. */
    static final class ConfirmPage implements Page {
        private final String title;
        private final String question;
        private final List<String> softKeys;
        private final int confirmSlot;
        private final Consumer<Page.MenuContext> action;

        ConfirmPage(String title, String question, List<String> softKeys, int confirmSlot,
                    Consumer<Page.MenuContext> action) {
            this.title = title;
            this.question = question;
            this.softKeys = softKeys;
            this.confirmSlot = confirmSlot;
            this.action = action;
        }

        @Override
        public Screen screen(Page.MenuContext ctx) {
            return new Screen(title, List.of(new Screen.Field(question, "")), -1, softKeys, question, "");
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            if (key.equals("Soft" + confirmSlot)) {
                action.accept(ctx);
                return;
            }
            for (int i = 1; i <= softKeys.size(); i++) {
                if (key.equals("Soft" + i) && !softKeys.get(i - 1).isEmpty()) {
                    ctx.pop();
                    return;
                }
            }
            if (key.equals("NavBack")) {
                ctx.pop();
            }
        }
    }

    /** Asks for the phone's unlock password with the keypad; Soft1/NavSelect submits, Soft3 cancels. */
    static final class PasswordPage implements Page {
        private final String title;
        private final Supplier<Page> then;
        private final StringBuilder typed = new StringBuilder();
        private String status = "";

        /** @param then the page shown instead of this one once the password is right; null to just go back */
        PasswordPage(String title, Supplier<Page> then) {
            this.title = title;
            this.then = then;
        }

        @Override
        public Screen screen(Page.MenuContext ctx) {
            return new Screen(title, List.of(new Screen.Field("Password", "*".repeat(typed.length()))), 0,
                    List.of("Submit", "Clear", "Cancel"), "Enter password", status);
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            int d = Page.digit(key);
            if (d >= 0) {
                if (typed.length() < 16) {
                    typed.append((char) ('0' + d));
                }
                return;
            }
            switch (key) {
                case "Soft1", "NavSelect" -> {
                    if (typed.toString().equals(ctx.conditions().unlockPassword())) {
                        ctx.pop();
                        if (then == null) {
                            ctx.setUnlocked(true);
                        } else {
                            ctx.push(then.get());
                        }
                    } else {
                        typed.setLength(0);
                        status = "Invalid password";
                    }
                }
                case "Soft2" -> typed.setLength(0);
                case "Soft3", "NavBack" -> ctx.pop();
                default -> {
                    // ignored while the prompt is up
                }
            }
        }
    }

    /** A message while the phone is busy (e.g. erasing before the restart): every key is discarded. */
    static final class MessagePage implements Page {
        private final String title;
        private final String message;

        MessagePage(String title, String message) {
            this.title = title;
            this.message = message;
        }

        @Override
        public Screen screen(Page.MenuContext ctx) {
            return new Screen(title, List.of(new Screen.Field(message, "")), -1, List.of(), "", message);
        }

        @Override
        public void key(String key, Page.MenuContext ctx) {
            // the phone is about to restart
        }
    }
}
