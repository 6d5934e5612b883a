package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.phone.TestSupport.fails;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.FakePhone.Reply;

class InformationPagesTest extends FakePhoneFixture {

    @Test
    void readsDeviceInformation() throws Exception {
        fake.reply("/DeviceInformationX", Reply.xml("""
                <?xml version="1.0" encoding="utf-8"?>
                <DeviceInformation>
                <MACAddress>001122AABBCC</MACAddress>
                <HostName>SEP001122AABBCC</HostName>
                <phoneDN>4001</phoneDN>
                <appLoadID>jar45sccp.9-4-2TH1-1-1</appLoadID>
                <bootLoadID>tnp65.8-3-1-21a.bin</bootLoadID>
                <versionID>SCCP45.9-4-2SR3-1S</versionID>
                <modelNumber>CP-7965G</modelNumber>
                <serialNumber>FCH1234ABCD</serialNumber>
                <UDI>phone
                Cisco Unified IP Phone 7965G</UDI>
                </DeviceInformation>
                """));
        DeviceInformation d = client.phone(fake.address()).deviceInformation();
        assertEquals("001122AABBCC", d.macAddress());
        assertEquals("SEP001122AABBCC", d.hostName());
        assertEquals("4001", d.phoneDN());
        assertEquals("jar45sccp.9-4-2TH1-1-1", d.appLoadID());
        assertEquals("SCCP45.9-4-2SR3-1S", d.versionID());
        assertEquals("CP-7965G", d.modelNumber());
        assertEquals("FCH1234ABCD", d.serialNumber());
        assertEquals("tnp65.8-3-1-21a.bin", d.fields().get("bootLoadID"));
        assertEquals("tnp65.8-3-1-21a.bin", d.field("BOOTLOADID"));
        assertEquals(9, d.fields().size());
        assertNull(fake.requests.get(0).authorization(), "no credentials over plain HTTP for public pages");
    }

    @Test
    void readsNetworkConfigurationWithTrustListFields() throws Exception {
        fake.reply("/NetworkConfigurationX", Reply.xml("""
                <NetworkConfiguration><HostName>SEP001122AABBCC</HostName><TFTPServer1>10.0.0.5</TFTPServer1>
                <ITLSignature>0A1B2C</ITLSignature><CTLSignature>3D4E5F</CTLSignature><SecurityMode>Non-Secure</SecurityMode>
                <Server><Primary>cucm1</Primary></Server></NetworkConfiguration>"""));
        NetworkConfiguration n = client.phone(fake.address()).networkConfiguration();
        assertEquals("10.0.0.5", n.field("TFTPServer1"));
        assertEquals("cucm1", n.field("Server.Primary"));
        assertEquals(Map.of("ITLSignature", "0A1B2C", "CTLSignature", "3D4E5F"), n.trustFields());
    }

    @Test
    void readsModeInfo() throws Exception {
        fake.reply("/CGI/Java/ModeInfo", Reply.xml("""
                <CiscoIPPhoneModeInfo><PlaneTitle>Trust List</PlaneTitle><PlaneFieldCount>2</PlaneFieldCount>
                <Prompt>Select an item</Prompt><FocusIndex>0</FocusIndex>
                <CiscoIPPhoneFields><FieldType>0</FieldType><FieldName>1 CTL File</FieldName><FieldValue>3D4E5F</FieldValue></CiscoIPPhoneFields>
                <CiscoIPPhoneFields><FieldName>2 ITL File</FieldName><FieldValue></FieldValue></CiscoIPPhoneFields>
                </CiscoIPPhoneModeInfo>"""));
        ModeInfo m = client.phone(fake.address()).modeInfo();
        assertEquals("Trust List", m.planeTitle());
        assertEquals("Select an item", m.prompt());
        assertNull(m.status());
        assertEquals(List.of(new ModeInfo.Field("1 CTL File", "3D4E5F"), new ModeInfo.Field("2 ITL File", "")), m.fields());
        assertEquals("0", m.values().get("FocusIndex"));
    }

    @Test
    void wrongRootAndMissingPagesAreUnexpected() {
        fake.reply("/DeviceInformationX", Reply.xml("<NetworkConfiguration/>"));
        fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).deviceInformation());
        PhoneException e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).modeInfo());
        assertEquals("404", e.detail());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        String marker = "TOP-SECRET-" + System.nanoTime();
        Files.writeString(secret, marker);
        String uri = secret.toUri().toString();
        String general = "<?xml version=\"1.0\"?><!DOCTYPE DeviceInformation [<!ENTITY xxe SYSTEM \"" + uri + "\">]>"
                + "<DeviceInformation><HostName>&xxe;</HostName><modelNumber>&xxe;</modelNumber></DeviceInformation>";
        String parameter = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]><DeviceInformation/>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE DeviceInformation SYSTEM \"" + uri + "\"><DeviceInformation/>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<DeviceInformation><HostName>&b;</HostName></DeviceInformation>";
        for (String hostile : List.of(general, parameter, external, laughs)) {
            fake.reply("/DeviceInformationX", Reply.xml(hostile));
            PhoneException e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).deviceInformation());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(trace(e).contains(marker), "the file's content leaked into the failure");
        }
        // the same guard on the Execute and ModeInfo answers
        fake.reply("/CGI/Execute", Reply.xml("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + uri + "\">]><CiscoIPPhoneResponse>"
                + "<ResponseItem Status=\"6\" Data=\"&xxe;\" URL=\"Key:Settings\"/></CiscoIPPhoneResponse>"));
        PhoneException e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        assertFalse(trace(e).contains(marker));
        fake.reply("/CGI/Java/ModeInfo", Reply.xml("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + uri + "\">]><CiscoIPPhoneModeInfo>"
                + "<PlaneTitle>&xxe;</PlaneTitle></CiscoIPPhoneModeInfo>"));
        e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).modeInfo());
        assertFalse(trace(e).contains(marker));
        fake.reply("/CGI/Screenshot", Reply.xml("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + uri + "\">]><CiscoIPPhoneError Number=\"4\"/>"));
        e = fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        assertFalse(trace(e).contains(marker));
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
