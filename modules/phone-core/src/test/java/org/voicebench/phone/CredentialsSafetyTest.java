package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.testsupport.LogCapture;
import org.voicebench.phone.FakePhone.Reply;

class CredentialsSafetyTest {

    @Test
    void credentialsNeverReachTheLogEvenWithEverythingOn() throws Exception {
        List<String> lines;
        try (LogCapture log = LogCapture.of("org.apache.hc", "org.voicebench.phone");
             FakePhone fake = new FakePhone(); PhoneClient client = TestSupport.client()) {
            Phone phone = client.phone(fake.address());
            phone.execute("Key:Settings");
            fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
            assertThrows(PhoneException.class, () -> phone.execute("Key:Settings"));
            fake.reply("/CGI/Screenshot", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
            assertThrows(PhoneException.class, phone::screenshot);
            lines = log.lines();
        }
        assertTrue(lines.size() > 5, "HttpClient's debug logging was captured: " + lines.size() + " lines");
        for (String line : lines) {
            assertFalse(line.contains(TestSupport.PASSWORD), "password logged: " + line);
            assertFalse(line.contains(TestSupport.BASIC.substring(6)), "Authorization logged: " + line);
        }
    }

    @Test
    void credentialsObjectsDoNotShowThePassword() {
        PhoneCredentials c = new PhoneCredentials("alice", "hunter2".toCharArray());
        assertFalse(c.toString().contains("hunter2"));
        assertTrue(c.toString().contains("alice"));
        assertThrows(IllegalArgumentException.class, () -> new PhoneCredentials("a:b", new char[0]));
    }
}
