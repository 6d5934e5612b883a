package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated AXL/RIS answers to requests the phone-core clients never send: faults, 401, wrong methods. */
class SimulatedCucmApiTest {

    private static SimulatedCluster cluster;
    private static SimulatedCucmApi api;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(25).firstAddress("127.0.23.151").freePorts().start();
        api = cluster.startCucmApi(SimulatedCucmApi.builder().user("axl", "pw")
                .devices(List.of(CucmDevice.registered("SEP001122334455", "Cisco 8845", "DP", "10.0.0.5", "cucm-pub"))));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private record Reply(int status, String body) {
    }

    private static Reply post(String path, String action, String body, String auth) throws Exception {
        HttpsURLConnection c = (HttpsURLConnection) new URL(api.baseUrl() + path).openConnection();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test talks to its own simulator
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setHostnameVerifier((h, s) -> true);
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        c.setRequestMethod(body == null ? "GET" : "POST");
        if (action != null) {
            c.setRequestProperty("SOAPAction", action);
        }
        if (auth != null) {
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            c.setDoOutput(true);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return new Reply(status, text);
    }

    private static String envelope(String operation) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns=\"x\"><soapenv:Body>"
                + operation + "</soapenv:Body></soapenv:Envelope>";
    }

    @Test
    void anUnknownAxlOperationIsAnAxlFault() throws Exception {
        Reply r = post("/axl/", "\"CUCM:DB ver=14.0 getLine\"", envelope("<ns:getLine><pattern>1000</pattern></ns:getLine>"),
                "axl:pw");
        assertEquals(500, r.status());
        assertTrue(r.body().contains("<faultstring>No such operation &apos;getLine&apos;"), r.body());
        assertTrue(r.body().contains("<axlError><axlcode>-1</axlcode>"), r.body());
    }

    @Test
    void aSoapActionThatDoesNotNameTheOperationIsRefused() throws Exception {
        Reply r = post("/axl/", "\"CUCM:DB ver=14.0 getPhone\"",
                envelope("<ns:listPhone><searchCriteria><name>%</name></searchCriteria></ns:listPhone>"), "axl:pw");
        assertEquals(500, r.status());
        assertTrue(r.body().contains("does not name the operation listPhone"), r.body());
    }

    @Test
    void aSchemaVersionThisCucmDoesNotTakeIsRefusedWithHttp599NamingThoseItTakes() throws Exception {
        Reply r = post("/axl/", "\"CUCM:DB ver=15.0 listPhone\"",
                envelope("<ns:listPhone><searchCriteria><name>%</name></searchCriteria></ns:listPhone>"), "axl:pw");
        assertEquals(599, r.status());
        assertTrue(r.body().contains("Incorrect axl version. Supported axl versions are 12.5 and 14.0"), r.body());
    }

    @Test
    void axlAnswersAreNamespacedByTheAskedVersionWithUuids() throws Exception {
        Reply list = post("/axl/", "\"CUCM:DB ver=12.5 listPhone\"",
                envelope("<ns:listPhone><searchCriteria><name>%</name></searchCriteria></ns:listPhone>"), "axl:pw");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("<ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\"><return>"
                + "<phone uuid=\"{"), list.body());
        Reply version = post("/axl/", "CUCM:DB ver=14.0 getCCMVersion", envelope("<ns:getCCMVersion/>"), "axl:pw");
        assertTrue(version.body().contains("<ns:getCCMVersionResponse xmlns:ns=\"http://www.cisco.com/AXL/API/14.0\">"
                + "<return><componentVersion><version>14.0.1.10000-20</version></componentVersion></return>"), version.body());
    }

    @Test
    void risEntriesCarryTheirTimeStampAndTheAnswerItsStateInfo() throws Exception {
        Reply r = post("/realtimeservice2/services/RISService70", "\"selectCmDevice\"", envelope(
                "<selectCmDevice><CmSelectionCriteria><SelectBy>Name</SelectBy><SelectItems><item><Item>SEP001122334455</Item>"
                        + "</item></SelectItems></CmSelectionCriteria></selectCmDevice>"), "axl:pw");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<ns1:TotalDevicesFound>1</ns1:TotalDevicesFound>"), r.body());
        assertTrue(r.body().contains("<ns1:TimeStamp>" + CucmDevice.BASELINE_TIME_STAMP + "</ns1:TimeStamp>"), r.body());
        assertTrue(r.body().contains("<ns1:StateInfo>&lt;StateInfo&gt;&lt;Node Name=&quot;cucm-pub&quot;"), r.body());
    }

    @Test
    void anEmptyRisAnswerHasNilCmNodes() throws Exception {
        Reply r = post("/realtimeservice2/services/RISService70", "\"selectCmDevice\"", envelope(
                "<selectCmDevice><CmSelectionCriteria><SelectBy>Name</SelectBy><SelectItems><item><Item>SEP0000DEADBEEF</Item>"
                        + "</item></SelectItems></CmSelectionCriteria></selectCmDevice>"), "axl:pw");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("<ns1:TotalDevicesFound>0</ns1:TotalDevicesFound><ns1:CmNodes xsi:nil=\"1\"/>"),
                r.body());
    }

    @Test
    void moreThanOneThousandNamesAreRefusedByRis() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            items.append("<item><Item>SEP").append(i).append("</Item></item>");
        }
        Reply r = post("/realtimeservice2/services/RISService70", "\"selectCmDevice\"", envelope(
                "<selectCmDevice><CmSelectionCriteria><SelectBy>Name</SelectBy><SelectItems>" + items
                        + "</SelectItems></CmSelectionCriteria></selectCmDevice>"), "axl:pw");
        assertEquals(500, r.status());
        assertTrue(r.body().contains("SelectItems has 1001 items"), r.body());
    }

    @Test
    void withoutTheRightCredentialsTheAnswerIs401() throws Exception {
        assertEquals(401, post("/axl/", "\"CUCM:DB ver=14.0 listPhone\"", envelope("<x/>"), null).status());
        assertEquals(401, post("/axl/", "\"CUCM:DB ver=14.0 listPhone\"", envelope("<x/>"), "axl:nope").status());
        assertEquals(401, post("/realtimeservice2/services/RISService70", "\"selectCmDevice\"", envelope("<x/>"), "other:pw")
                .status());
    }

    @Test
    void onlyPostIsServed() throws Exception {
        assertEquals(405, post("/axl/", null, null, "axl:pw").status());
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        try {
            assertEquals(404, post("/ccmadmin/", null, envelope("<x/>"), "axl:pw").status());
        } catch (IOException e) {
            throw new AssertionError("the server should answer 404, not fail", e);
        }
    }

    @Test
    void aUserIsRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> cluster.startCucmApi(SimulatedCucmApi.builder()));
        assertTrue(e.getMessage().contains("user"), e.getMessage());
    }
}
