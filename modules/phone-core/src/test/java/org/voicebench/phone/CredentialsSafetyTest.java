package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;

class CredentialsSafetyTest {

    @Test
    void credentialsNeverReachTheLogEvenWithEverythingOn() throws Exception {
        List<String> lines = new ArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringBuilder b = new StringBuilder(formatter.format(r));
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        b.append(' ').append(p);
                    }
                }
                if (r.getThrown() != null) {
                    StringWriter w = new StringWriter();
                    r.getThrown().printStackTrace(new PrintWriter(w));
                    b.append(w);
                }
                synchronized (lines) {
                    lines.add(b.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger hc = Logger.getLogger("org.apache.hc");
        Logger ours = Logger.getLogger("org.voicebench.phone");
        Level hcLevel = hc.getLevel();
        Level ourLevel = ours.getLevel();
        hc.setLevel(Level.ALL);
        ours.setLevel(Level.ALL);
        hc.addHandler(capture);
        ours.addHandler(capture);
        try (FakePhone fake = new FakePhone(); PhoneClient client = TestSupport.client()) {
            Phone phone = client.phone(fake.address());
            phone.execute("Key:Settings");
            fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
            assertThrows(PhoneException.class, () -> phone.execute("Key:Settings"));
            fake.reply("/CGI/Screenshot", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
            assertThrows(PhoneException.class, phone::screenshot);
        } finally {
            hc.removeHandler(capture);
            ours.removeHandler(capture);
            hc.setLevel(hcLevel);
            ours.setLevel(ourLevel);
        }
        synchronized (lines) {
            assertTrue(lines.size() > 5, "HttpClient's debug logging was captured: " + lines.size() + " lines");
            for (String line : lines) {
                assertFalse(line.contains(TestSupport.PASSWORD), "password logged: " + line);
                assertFalse(line.contains(TestSupport.BASIC.substring(6)), "Authorization logged: " + line);
            }
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
