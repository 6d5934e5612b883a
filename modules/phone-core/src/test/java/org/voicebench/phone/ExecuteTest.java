package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.phone.TestSupport.fails;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;
import org.voicebench.phone.model.ModelProfiles;

class ExecuteTest extends FakePhoneFixture {

    @Test
    void postsOneUrlEncodedExecuteItemWithPreemptiveBasicAuth() throws Exception {
        ExecuteResult r = client.phone(fake.address()).execute("Key:Settings");
        assertEquals(new ExecuteResult("Key:Settings", 0, "Success"), r);
        FakePhone.Request req = fake.requests.get(0);
        assertEquals("POST", req.method());
        assertEquals("/CGI/Execute", req.path());
        assertEquals(TestSupport.BASIC, req.authorization());
        assertTrue(req.contentType().startsWith("application/x-www-form-urlencoded"), req.contentType());
        assertTrue(req.body().startsWith("XML="), req.body());
        assertTrue(!req.body().contains("<"), "the object is URL-encoded: " + req.body());
        String xml = URLDecoder.decode(req.body().substring(4), StandardCharsets.UTF_8);
        assertEquals("<CiscoIPPhoneExecute><ExecuteItem Priority=\"0\" URL=\"Key:Settings\"/></CiscoIPPhoneExecute>", xml);
    }

    @Test
    void escapesTheUriInsideTheObject() throws Exception {
        client.phone(fake.address()).execute("Dial:1234\"/><ExecuteItem URL=\"Key:Soft4");
        String xml = URLDecoder.decode(fake.requests.get(0).body().substring(4), StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<ExecuteItem", -1).length - 1, "still one item: " + xml);
        assertTrue(xml.contains("&quot;/&gt;&lt;ExecuteItem"), xml);
    }

    @Test
    void pressResolvesAliasesWhenTheModelIsKnown() throws Exception {
        Phone p8845 = client.phone(fake.address(), ModelProfiles.builtIn().forModel("CP-8845"));
        p8845.press("Hold");
        p8845.press("Settings");
        client.phone(fake.address()).press("Hold");
        assertEquals(3, fake.requests.size());
        assertTrue(decoded(0).contains("URL=\"Key:FixedFeature3\""), decoded(0));
        assertTrue(decoded(1).contains("URL=\"Key:Applications\""), decoded(1));
        assertTrue(decoded(2).contains("URL=\"Key:Hold\""), "unknown model: sent as given");
        assertThrows(IllegalArgumentException.class, () -> p8845.press("Key:Soft1"));
        assertThrows(IllegalArgumentException.class, () -> p8845.press(""));
        assertTrue(fake.requests.size() == 3, "invalid names are not sent");
    }

    @Test
    void identifyPicksTheProfileFromDeviceInformation() throws Exception {
        fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-8845</modelNumber></DeviceInformation>"));
        Phone p = client.phone(fake.address()).identify(ModelProfiles.builtIn());
        assertEquals("8845", p.profile().orElseThrow().model());
        p.press("Hold");
        assertTrue(decoded(1).contains("Key:FixedFeature3"), decoded(1));
    }

    @Test
    void rejectedUrisCarryThePhonesData() {
        fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneResponse><ResponseItem Status=\"6\" Data=\"URI not found\" URL=\"Key:Nope\"/></CiscoIPPhoneResponse>"));
        PhoneException e = fails(PhoneFailure.URI_REJECTED, fake.address(), () -> client.phone(fake.address()).execute("Key:Nope"));
        assertEquals("URI not found", e.detail());
        assertTrue(e.getMessage().contains("Key:Nope") && e.getMessage().contains("URI not found"), e.getMessage());

        fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneResponse><ResponseItem Status=\"1\" Data=\"Invalid URI\" URL=\"Foo:Bar\"/></CiscoIPPhoneResponse>"));
        e = fails(PhoneFailure.URI_REJECTED, fake.address(), () -> client.phone(fake.address()).execute("Foo:Bar"));
        assertEquals("Invalid URI", e.detail());
    }

    @Test
    void ciscoIpPhoneErrorsMapToTheirFailures() {
        check("1", PhoneFailure.EXECUTE_NOT_PARSED);
        check("2", PhoneFailure.FRAMING_ERROR);
        check("3", PhoneFailure.INTERNAL_FILE_ERROR);
        PhoneException e = check("4", PhoneFailure.AUTH_FAILED);
        assertTrue(e.getMessage().contains("associated with the phone") && e.getMessage().contains("AUTHORIZED"), e.getMessage());
        check("7", PhoneFailure.UNEXPECTED_RESPONSE); // no such number exists; some libraries invent it
    }

    private PhoneException check(String number, PhoneFailure expected) {
        fake.reply("/CGI/Execute", Reply.xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CiscoIPPhoneError Number=\"" + number + "\" />"));
        PhoneException e = fails(expected, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        assertEquals(number, e.detail());
        return e;
    }

    @Test
    void httpStatusesAndForeignAnswersAreTyped() {
        fake.reply("/CGI/Execute", new Reply(401, "text/html", "<html>401</html>".getBytes(StandardCharsets.US_ASCII), 0));
        fails(PhoneFailure.AUTH_FAILED, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        fake.reply("/CGI/Execute", new Reply(500, "text/html", "<html>oops</html>".getBytes(StandardCharsets.US_ASCII), 0));
        PhoneException e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        assertEquals("500", e.detail());
        // multiplatform firmware answers with neither format
        fake.reply("/CGI/Execute", Reply.xml("<html><body>Bad request</body></html>"));
        fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        fake.reply("/CGI/Execute", Reply.xml("not xml at all"));
        fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
        fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneResponse/>"));
        fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).execute("Key:Settings"));
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSentAndError4IsReported() throws Exception {
        fake.reply("/CGI/Execute", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
        try (PhoneClient anonymous = new PhoneClient(TestSupport.FAST, CredentialsProvider.none())) {
            fails(PhoneFailure.AUTH_FAILED, fake.address(), () -> anonymous.phone(fake.address()).execute("Key:Settings"));
        }
        assertNull(fake.requests.get(0).authorization());
    }

    private String decoded(int i) {
        return URLDecoder.decode(fake.requests.get(i).body().substring(4), StandardCharsets.UTF_8);
    }
}
