package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The key names and Execute URIs {@link Phone} accepts; what it refuses is never sent. */
class ExecuteSyntaxTest extends FakePhoneFixture {

    @Test
    void keyNamesAreALetterThenLettersDigitsOrUnderscores() {
        for (String k : List.of("Settings", "KeyPad4", "Soft2", "NavSelect", "Fixed_Feature3", "a")) {
            assertTrue(ExecuteSyntax.isKeyName(k), k);
        }
        for (String k : new String[] {null, "", "4", "Key:Soft1", "Soft 1", "Soft-1", "_x"}) {
            assertFalse(ExecuteSyntax.isKeyName(k), k);
        }
    }

    @Test
    void urisAreSchemeColonValueOfBoundedLengthWithoutControlCharacters() {
        for (String u : List.of("Key:Settings", "Dial:1000", "Init:Services", "http://10.0.0.1/x.xml", "x:",
                "Dial:" + "1".repeat(ExecuteSyntax.MAX_URI - 5))) {
            assertTrue(ExecuteSyntax.isUri(u), u);
        }
        for (String u : new String[] {null, "", "   ", "nonsense", ":Settings", "Key:Soft\n1", "Key:\tSoft1",
            "Dial:" + "1".repeat(ExecuteSyntax.MAX_URI - 4)}) {
            assertFalse(ExecuteSyntax.isUri(u), u);
        }
    }

    @Test
    void thePhoneRefusesWhatTheSyntaxRefusesBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.phone(fake.address()).execute("nonsense"));
        assertThrows(IllegalArgumentException.class, () -> client.phone(fake.address()).press("Key:Soft1"));
        assertEquals(List.of(), fake.requests);
    }
}
