package org.voicebench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void plainValuesStayAsTheyAre() {
        assertEquals("SEP00BE75000001", CsvCell.of("SEP00BE75000001"));
        assertEquals("-12", CsvCell.of("-12"));
        assertEquals("", CsvCell.of(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", CsvCell.of("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCell.of("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCell.of("two\nlines"));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("'=HYPERLINK(1)", CsvCell.of("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(A1,A2)\"", CsvCell.of("=SUM(A1,A2)"));
        assertEquals("'@cmd", CsvCell.of("@cmd"));
    }
}
