package org.voicebench.remote.ui;

import java.awt.event.KeyEvent;
import java.util.function.Predicate;

/** The PC keyboard on a phone: digits, * #, arrows, Enter = Select, Backspace/Esc = back, F1-F5 = soft keys. */
final class KeyboardKeys {

    private KeyboardKeys() {
    }

    /** The phone key for a typed character, or null. */
    static String forChar(char c) {
        if (c >= '0' && c <= '9') {
            return "KeyPad" + c;
        }
        return switch (c) {
            case '*' -> "KeyPadStar";
            case '#' -> "KeyPadPound";
            default -> null;
        };
    }

    /** The phone key for a pressed key code, or null; back only where the model has NavBack. */
    static String forKeyCode(int code, Predicate<String> hasKey) {
        return switch (code) {
            case KeyEvent.VK_UP, KeyEvent.VK_KP_UP -> "NavUp";
            case KeyEvent.VK_DOWN, KeyEvent.VK_KP_DOWN -> "NavDwn";
            case KeyEvent.VK_LEFT, KeyEvent.VK_KP_LEFT -> "NavLeft";
            case KeyEvent.VK_RIGHT, KeyEvent.VK_KP_RIGHT -> "NavRight";
            case KeyEvent.VK_ENTER -> "NavSelect";
            case KeyEvent.VK_BACK_SPACE, KeyEvent.VK_ESCAPE -> hasKey.test("NavBack") ? "NavBack" : null;
            case KeyEvent.VK_F1 -> "Soft1";
            case KeyEvent.VK_F2 -> "Soft2";
            case KeyEvent.VK_F3 -> "Soft3";
            case KeyEvent.VK_F4 -> "Soft4";
            case KeyEvent.VK_F5 -> "Soft5";
            default -> null;
        };
    }
}
