package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class SoapXmlTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<faultstring>&x;</faultstring></soapenv:Body></soapenv:Envelope>";
        CucmException e = assertThrows(CucmException.class, () -> SoapXml.body(utf8(xxe), "cucm1", "AXL listPhone"));
        assertEquals(CucmFailure.UNEXPECTED_RESPONSE, e.failure());
        assertEquals("cucm1", e.host());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anEntityExpansionBombIsRefusedToo() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<Envelope><Body>&b;</Body></Envelope>";
        assertThrows(CucmException.class, () -> SoapXml.body(utf8(bomb), "cucm1", "RIS"));
    }

    @Test
    void anAxlFaultGivesItsStringAndCode() throws Exception {
        String fault = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>Item not valid: The specified Phone"
                + " was not found</faultstring><detail><axlError><axlcode>5007</axlcode><axlmessage>Item not valid: The"
                + " specified Phone was not found</axlmessage><request>getPhone</request></axlError></detail>"
                + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
        SoapXml.Fault f = SoapXml.fault(SoapXml.body(utf8(fault), "h", "w"));
        assertEquals("Item not valid: The specified Phone was not found [axlcode 5007]", f.text());
    }

    @Test
    void aBodyWithoutFaultHasNone() throws Exception {
        Element body = SoapXml.body(utf8("<s:Envelope xmlns:s=\"x\"><s:Body><ns:listPhoneResponse/></s:Body></s:Envelope>"),
                "h", "w");
        assertNull(SoapXml.fault(body));
        assertEquals("listPhoneResponse", SoapXml.local(SoapXml.children(body, null).get(0)));
    }

    @Test
    void anHtmlPageIsNotAnEnvelope() {
        CucmException e = assertThrows(CucmException.class,
                () -> SoapXml.body(utf8("<html><body>Service Unavailable</body></html>"), "cucm1", "AXL listPhone"));
        assertTrue(e.getMessage().contains("not a SOAP envelope (<html>)"), e.getMessage());
        CucmException broken = assertThrows(CucmException.class, () -> SoapXml.body(utf8("<a><b></a>"), "cucm1", "RIS"));
        assertTrue(broken.getMessage().contains("not well-formed"), broken.getMessage());
    }

    @Test
    void requestTextIsEscapedAndControlCharactersRefused() {
        assertEquals("SEP&lt;1&gt;&amp;&quot;&apos;%", SoapXml.escape("SEP<1>&\"'%"));
        assertThrows(IllegalArgumentException.class, () -> SoapXml.escape("SEP\u0001"));
    }
}
