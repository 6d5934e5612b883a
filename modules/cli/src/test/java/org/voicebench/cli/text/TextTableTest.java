package org.voicebench.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String print(TextTable t, int width) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        t.print(w, "", width);
        w.flush();
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    private static TextTable sample() {
        return new TextTable(Column.fixed("#").rightAlign(), Column.shrinkable("Name", 6, 2), Column.shrinkable("Hash", 6, 1))
                .row("1", "alpha-beta-gamma", "0123456789abcdef")
                .row("10", null, "ff");
    }

    @Test
    void naturalWidthsWhenThereIsRoom() {
        assertEquals(" #  Name              Hash\n"
                + " 1  alpha-beta-gamma  0123456789abcdef\n"
                + "10  -                 ff\n", print(sample(), 200));
    }

    @Test
    void lowestRankIsCutFirstAndOnlyAsMuchAsNeeded() {
        // natural width 2+2+16+2+16 = 38; 34 wanted: the hash loses 4 columns, the name none
        assertEquals(" #  Name              Hash\n"
                + " 1  alpha-beta-gamma  012345678...\n"
                + "10  -                 ff\n", print(sample(), 34));
    }

    @Test
    void columnsStopAtTheirMinimumAndFixedOnesAreNeverCut() {
        assertEquals(" #  Name    Hash\n"
                + " 1  alp...  012...\n"
                + "10  -       ff\n", print(sample(), 5));
    }

    @Test
    void keyValueHasNoTitleRow() {
        assertEquals("MD5    abc\nSHA-1  def\n", print(TextTable.keyValue().row("MD5", "abc").row("SHA-1", "def"), 120));
    }

    @Test
    void subjectKeepsItsCommonNameWhereverItIs() {
        SubjectShortener s = new SubjectShortener();
        assertEquals("CN=cucm-pub.example.com;...", s.fit("CN=cucm-pub.example.com;OU=IPCBU;O=Example;L=RTP;ST=NC;C=US", 30));
        assertEquals("CN=host.example.com,...", s.fit("C=US,ST=NC,L=RTP,O=Example Corp,OU=Voice,CN=host.example.com", 30));
        assertEquals("CN=host.exam...", s.fit("C=US,ST=NC,L=RTP,O=Example Corp,OU=Voice,CN=host.example.com", 15));
        assertEquals("O=Example ...", s.fit("O=Example Corp,OU=Voice", 13));
        assertEquals("CN=short", s.fit("CN=short", 20));
    }

    @Test
    void wrappedTextIndentsContinuationLines() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Wrapped.print(w, "Signature: ", "VALID - signed by record 1 (SAST CN=ITLRECOVERY_cucm-pub) with SHA-1/RSA-2048", 42);
        w.flush();
        assertEquals("Signature: VALID - signed by record 1\n"
                + "           (SAST CN=ITLRECOVERY_cucm-pub)\n"
                + "           with SHA-1/RSA-2048\n", s.toString().replace(System.lineSeparator(), "\n"));
    }
}
