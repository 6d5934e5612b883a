package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecuteParserTest {

    private static List<String> parse(String body, String type) throws ExecuteParser.NotParsedException {
        return ExecuteParser.parse(body.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void readsEncodedRawAndTextXmlBodies() throws Exception {
        String xml = LabFixtures.executeXml("Key:Settings", "Key:KeyPad4");
        String form = "application/x-www-form-urlencoded";
        assertEquals(List.of("Key:Settings", "Key:KeyPad4"),
                parse("XML=" + URLEncoder.encode(xml, StandardCharsets.UTF_8), form));
        assertEquals(List.of("Key:Settings", "Key:KeyPad4"), parse("XML=" + xml, form));
        assertEquals(List.of("Key:Settings", "Key:KeyPad4"), parse(xml, "text/xml"));
        assertEquals(List.of("Key:Soft1"), parse("a=b&XML=" + URLEncoder.encode(LabFixtures.executeXml("Key:Soft1"),
                StandardCharsets.UTF_8), form));
    }

    @Test
    void refusesWhatAPhoneCannotParse() {
        String form = "application/x-www-form-urlencoded";
        assertThrows(ExecuteParser.NotParsedException.class,
                () -> parse(LabFixtures.executeXml("Key:Soft1", "Key:Soft2", "Key:Soft3", "Key:Soft4"), "text/xml"));
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse("XML=<CiscoIPPhoneExecute><Exec", form));
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse("<CiscoIPPhoneExecute/>", "text/xml"));
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse("<Other><ExecuteItem URL=\"Key:Soft1\"/></Other>", "text/xml"));
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse("foo=bar", form));
        String big = "<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:Soft1\"/><!--" + "x".repeat(41 * 1024) + "--></CiscoIPPhoneExecute>";
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse(big, "text/xml"));
    }

    @Test
    void refusesDoctypesSoNoEntityIsResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CiscoIPPhoneExecute><ExecuteItem URL=\"&e;\"/></CiscoIPPhoneExecute>";
        assertThrows(ExecuteParser.NotParsedException.class, () -> parse(xxe, "text/xml"));
    }
}
