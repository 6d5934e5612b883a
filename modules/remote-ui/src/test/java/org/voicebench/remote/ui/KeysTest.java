package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.model.ModelProfiles;

/** The keypad per model and the PC keyboard mapping. */
class KeysTest {

    @Test
    void the7965KeypadHasSettingsSixLinesAndNoBackKey() {
        Keypad k = new Keypad(ModelProfiles.builtIn().forModel("7965"), key -> { });
        List<String> keys = k.keys();
        assertTrue(keys.containsAll(List.of("Settings", "Services", "Directories", "Messages", "NavSelect", "Soft4", "Line6",
                "KeyPadStar", "VolUp")), keys.toString());
        assertFalse(keys.contains("Applications") || keys.contains("NavBack") || keys.contains("Line7")
                || keys.contains("FixedFeature3") || keys.contains("Soft5"), keys.toString());
        assertEquals("Soft 1", k.button("Soft1").getText());
        assertEquals("Key:Settings", k.button("Settings").getToolTipText());
        assertFalse(k.button("KeyPad5").isFocusable(), "keys leave the focus with the screen");
    }

    @Test
    void aButtonPressesItsKey() {
        StringBuilder pressed = new StringBuilder();
        Keypad k = new Keypad(ModelProfiles.builtIn().forModel("7975"), pressed::append);
        k.button("Soft5").doClick(0);
        k.button("KeyPadPound").doClick(0);
        assertEquals("Soft5KeyPadPound", pressed.toString());
    }

    @Test
    void theKeyboardMapsDigitsStarPoundArrowsEnterBackAndFunctionKeys() {
        assertEquals("KeyPad7", KeyboardKeys.forChar('7'));
        assertEquals("KeyPadStar", KeyboardKeys.forChar('*'));
        assertEquals("KeyPadPound", KeyboardKeys.forChar('#'));
        assertNull(KeyboardKeys.forChar('a'));
        assertEquals("NavSelect", KeyboardKeys.forKeyCode(KeyEvent.VK_ENTER, k -> true));
        assertEquals("NavDwn", KeyboardKeys.forKeyCode(KeyEvent.VK_DOWN, k -> true));
        assertEquals("NavBack", KeyboardKeys.forKeyCode(KeyEvent.VK_ESCAPE, k -> true));
        assertEquals("NavBack", KeyboardKeys.forKeyCode(KeyEvent.VK_BACK_SPACE, k -> true));
        assertNull(KeyboardKeys.forKeyCode(KeyEvent.VK_ESCAPE, k -> false), "no back key on a model without NavBack");
        assertEquals("Soft3", KeyboardKeys.forKeyCode(KeyEvent.VK_F3, k -> true));
        assertEquals("Soft5", KeyboardKeys.forKeyCode(KeyEvent.VK_F5, k -> true));
        assertNull(KeyboardKeys.forKeyCode(KeyEvent.VK_F6, k -> true));
    }
}
