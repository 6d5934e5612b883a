package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.testsupport.LogCapture;

/** AXL/RIS passwords never reach the log, even with HttpClient's and our logging fully on. */
class CucmCredentialsLoggingTest {

    private static final String PASSWORD = "Pa55-word-AXL";

    @Test
    void thePasswordIsNeverLogged() throws Exception {
        List<String> lines;
        try (LogCapture log = LogCapture.of("org.apache.hc", "org.voicebench.phone.cucm");
             SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(26)
                .firstAddress("127.0.23.171").freePorts().start()) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user("axl", PASSWORD)
                    .devices(CucmApiTest.fakeDevices(3)).rateLimitFirst(1));
            try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                    .withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials("axl", PASSWORD.toCharArray())))) {
                new AxlClient(s).listPhones("%");
                RisClient.builder(s).sleeper(d -> { }).build().selectDevices(List.of("SEP000000000001"));
            }
            try (CucmSession wrong = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                    .withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials("axl", (PASSWORD + "x").toCharArray())))) {
                assertThrows(CucmException.class, () -> new AxlClient(wrong).listPhones("%"));
            }
            lines = log.lines();
        }
        String basic = Base64.getEncoder().encodeToString(("axl:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertTrue(lines.size() > 5, "HttpClient's debug logging was captured: " + lines.size() + " lines");
        for (String line : lines) {
            assertFalse(line.contains(PASSWORD), "password logged: " + line);
            assertFalse(line.contains(basic.substring(0, 12)), "Authorization logged: " + line);
        }
    }
}
