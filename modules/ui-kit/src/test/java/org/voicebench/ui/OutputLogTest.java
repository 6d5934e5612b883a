package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputLogTest {

    @Test
    void eachLineStartsWithTheTime() {
        String line = OutputLog.stamped("Started 3 phones");
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d  Started 3 phones"), line);
    }
}
