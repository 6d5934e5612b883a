package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.FindingCode;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.Verdict;
import org.voicebench.certcheck.fetch.DownloadLimits;

class CheckRunnerTest {

    @TempDir
    Path dir;

    private final CheckRunner runner = new CheckRunner(
            new DownloadLimits(Duration.ofSeconds(2), DownloadLimits.DEFAULT.maxBytes()));

    private static CheckInputs inputs(Path phone, String certificates, String hosts) {
        return CheckInputs.parse(phone.toString(), "", certificates, hosts, "", SigningRule.PRE_12);
    }

    @Test
    void aRegeneratedCallManagerBeforeCucm12IsRecoverableViaTvs() throws Exception {
        LabFiles files = LabFiles.write(dir);
        Files.writeString(files.certificates().resolve("notes.txt"), "not a certificate");
        Files.writeString(files.certificates().resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        List<String> steps = new ArrayList<>();

        CheckRunner.Outcome o = runner.run(inputs(files.phoneItl(), files.certificates().toString(), ""), steps::add);

        assertEquals(Verdict.RECOVERABLE_VIA_TVS, o.report().verdict(), o.report().reasoning().toString());
        assertTrue(o.report().has(FindingCode.TVS_CAN_VOUCH));
        assertTrue(steps.get(0).contains(files.phoneItl().toString()), steps.toString());
        assertEquals(1, o.notes().size(), o.notes().toString());
        assertTrue(o.notes().get(0).contains("broken.pem"), "a bad file of the folder is named: " + o.notes());
    }

    @Test
    void aMalformedPhoneFileIsNamedInTheFailure() throws Exception {
        LabFiles files = LabFiles.write(dir);
        Path broken = LabFiles.malformed(dir);
        CheckRunner.CheckFailure e = assertThrows(CheckRunner.CheckFailure.class,
                () -> runner.run(inputs(broken, files.certificates().toString(), ""), s -> { }));
        assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no exception class names for the user: " + e.getMessage());
    }

    @Test
    void aMissingFileAndAMissingCertificateAreNamed() throws Exception {
        LabFiles files = LabFiles.write(dir);
        Path missing = dir.resolve("nowhere.tlv");
        String phone = assertThrows(CheckRunner.CheckFailure.class,
                () -> runner.run(inputs(missing, files.certificates().toString(), ""), s -> { })).getMessage();
        assertEquals(missing + ": no such file", phone);
        Path cert = dir.resolve("cucm-pub-TVS.pem");
        String certificate = assertThrows(CheckRunner.CheckFailure.class,
                () -> runner.run(inputs(files.phoneItl(), cert.toString(), ""), s -> { })).getMessage();
        assertEquals(cert + ": no such file", certificate);
    }

    @Test
    void aHostThatRefusesIsNamed() throws Exception {
        LabFiles files = LabFiles.write(dir);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        int closed = port;
        String message = assertThrows(CheckRunner.CheckFailure.class, () -> runner.run(
                inputs(files.phoneItl(), "", "127.0.0.1:" + closed + "=TVS@cucm-pub"), s -> { })).getMessage();
        assertTrue(message.startsWith("tls://127.0.0.1:" + closed + ": "), message);
    }

    @Test
    void aFailedDownloadOfTheClusterListNamesTheUrl() throws Exception {
        LabFiles files = LabFiles.write(dir);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ITLFile.tlv";
        CheckInputs in = CheckInputs.parse(files.phoneItl().toString(), url, files.certificates().toString(), "", "",
                SigningRule.PRE_12);
        String message = assertThrows(CheckRunner.CheckFailure.class, () -> runner.run(in, s -> { })).getMessage();
        assertTrue(message.startsWith(url + ": "), message);
    }

    @Test
    void anInterruptedRunEndsAsCancelled() throws Exception {
        LabFiles files = LabFiles.write(dir);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class,
                    () -> runner.run(inputs(files.phoneItl(), files.certificates().toString(), ""), s -> { }));
        } finally {
            Thread.interrupted();
        }
    }
}
