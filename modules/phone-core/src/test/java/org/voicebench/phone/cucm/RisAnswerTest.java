package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading one selectCmDevice answer, and telling whether RIS held entries back. */
class RisAnswerTest {

    private static RisAnswer read(String total, String nodes) throws CucmException {
        String xml = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><ns1:selectCmDeviceResponse"
                + " xmlns:ns1=\"http://schemas.cisco.com/ast/soap\"><ns1:selectCmDeviceReturn><ns1:SelectCmDeviceResult>"
                + total + nodes + "</ns1:SelectCmDeviceResult></ns1:selectCmDeviceReturn></ns1:selectCmDeviceResponse>"
                + "</soapenv:Body></soapenv:Envelope>";
        return RisAnswer.read(SoapXml.descendant(SoapXml.body(xml.getBytes(StandardCharsets.UTF_8), "cucm1", "RIS"),
                "SelectCmDeviceResult"), "cucm1", "RIS");
    }

    private static String node(String name, String code, String... devices) {
        StringBuilder b = new StringBuilder("<ns1:item><ns1:ReturnCode>" + code + "</ns1:ReturnCode><ns1:Name>" + name
                + "</ns1:Name><ns1:CmDevices>");
        for (String d : devices) {
            b.append("<ns1:item><ns1:Name>").append(d).append("</ns1:Name><ns1:Status>Registered</ns1:Status>")
                    .append("<ns1:TimeStamp>1718000000</ns1:TimeStamp></ns1:item>");
        }
        return b.append("</ns1:CmDevices></ns1:item>").toString();
    }

    private static String nodes(String... items) {
        return "<ns1:CmNodes>" + String.join("", items) + "</ns1:CmNodes>";
    }

    @Test
    void aNilCmNodesIsAnEmptyAnswer() throws Exception {
        RisAnswer a = read("<ns1:TotalDevicesFound>0</ns1:TotalDevicesFound>", "<ns1:CmNodes xsi:nil=\"1\"/>");
        assertEquals(new RisAnswer(0, List.of(), Set.of()), a);
        assertFalse(a.truncated(List.of("SEPA"), 1000));
    }

    @Test
    void notFoundIsNoErrorOtherCodesAre() throws Exception {
        RisAnswer a = read("<ns1:TotalDevicesFound>1</ns1:TotalDevicesFound>", nodes(node("pub", "Ok", "SEPA"),
                node("sub1", "NotFound"), node("sub2", "NodeNotResponding"), node("sub3", "InternalError")));
        assertEquals(Set.of(new RisNodeError("sub2", "NodeNotResponding"), new RisNodeError("sub3", "InternalError")),
                a.nodeErrors());
        assertEquals(1718000000L, a.devices().get(0).timeStamp());
    }

    @Test
    void fewerEntriesThanTheTotalWereHeldBack() throws Exception {
        RisAnswer a = read("<ns1:TotalDevicesFound>3</ns1:TotalDevicesFound>", nodes(node("pub", "Ok", "SEPA", "SEPB")));
        assertTrue(a.truncated(List.of("SEPA", "SEPB"), 1000));
    }

    @Test
    void aFullAnswerLeavingNamesUnseenWasHeldBackWhateverItsTotalSays() throws Exception {
        // a total that counts devices, not entries: SEPA on two nodes fills the answer of 2
        RisAnswer a = read("<ns1:TotalDevicesFound>2</ns1:TotalDevicesFound>", nodes(node("pub", "Ok", "SEPA"),
                node("sub1", "Ok", "SEPA")));
        assertTrue(a.truncated(List.of("SEPA", "SEPB"), 2));
        assertFalse(a.truncated(List.of("SEPA"), 2), "every asked name seen");
        RisAnswer noTotal = read("", nodes(node("pub", "Ok", "SEPA", "SEPB")));
        assertEquals(-1, noTotal.total());
        assertFalse(noTotal.truncated(List.of("SEPA", "SEPB", "SEPC"), 1000), "not full: the unknown name is not in RIS");
    }

    @Test
    void aTotalThatIsNoNumberIsRefused() {
        CucmException e = assertThrows(CucmException.class,
                () -> read("<ns1:TotalDevicesFound>many</ns1:TotalDevicesFound>", nodes()));
        assertEquals(CucmFailure.UNEXPECTED_RESPONSE, e.failure());
    }
}
