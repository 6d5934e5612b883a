package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

/** The CSV and JSON exports of a run's results. */
class ResultsExportTest {

    private static final PhoneResult OK = new PhoneResult("10.0.0.1:80", "desk, 1", "hq", "8845", Outcome.SUCCESS, 6,
            "Key:Soft3", "", 0, true, Instant.parse("2026-11-27T10:00:00Z"), 7012,
            List.of(new CapturedScreen(7, "after", "PNG", new byte[] {1, 2, 3})));
    private static final PhoneResult BAD = new PhoneResult("10.0.0.2:80", "=cmd()", "hq", "7965", Outcome.SCREEN_MISMATCH, 9,
            "Expect:title=^ITL File$", "expected the title to match \"^ITL File$\"", 1, true, null, 12, List.of());

    @Test
    void retryFailedPicksThePhonesThatDidNotSucceedInListOrder() {
        List<PhoneEntry> phones = List.of(
                PhoneEntry.of(PhoneAddress.parse("10.0.0.2")),
                PhoneEntry.of(PhoneAddress.parse("10.0.0.1")),
                PhoneEntry.of(PhoneAddress.parse("10.0.0.3")));
        assertEquals(List.of(phones.get(0)), MacroPlayer.failed(phones, List.of(OK, BAD)));
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("address,name,group,model,outcome,step,step_text,message,retries,started,duration_ms\n"
                + "10.0.0.1:80,\"desk, 1\",hq,8845,SUCCESS,6,Key:Soft3,,0,2026-11-27T10:00:00Z,7012\n"
                + "10.0.0.2:80,'=cmd(),hq,7965,SCREEN_MISMATCH,9,Expect:title=^ITL File$,\"expected the title to match \"\"^ITL File$\"\"\",1,,12\n",
                ResultsExport.csv(List.of(OK, BAD)));
    }

    @Test
    void jsonHasCountsAndResultsWithScreenshotsAndReadsBack() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ResultsExport.json("erase-itl", List.of(OK, BAD)));
        assertEquals("voicebench-macro-run/1", n.get("format").asText());
        assertEquals(2, n.get("phones").asInt());
        assertEquals(1, n.get("succeeded").asInt());
        assertEquals(1, n.get("counts").get("SCREEN_MISMATCH").asInt());
        assertEquals(0, n.get("counts").get("TIMEOUT").asInt());
        assertEquals("AQID", n.get("results").get(0).get("screenshots").get(0).get("base64").asText());
        assertEquals(OK, ResultJson.read(n.get("results").get(0)));
        assertEquals(BAD, ResultJson.read(n.get("results").get(1)));
    }
}
