package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Network setup page in the cell styles and languages the field evidence shows. */
class NetworkSetupTest {

    private static final String SHA1_SHOWN = "EE 5C 62 E0 5E 2B C6 82 2A 45 64 1E EB BA BF F2 47 6E 1D 93 ";
    private static final String SHA1 = "ee5c62e05e2bc6822a45641eebbabff2476e1d93";

    private static NetworkSetup page(String html) {
        return NetworkSetup.fromHtml("test", html.getBytes(StandardCharsets.ISO_8859_1), "text/html");
    }

    private static String upperCaseRow(String label, String value) {
        return "<TR><TD><B>" + label + "</B></TD><td width=20></TD><TD><B>" + value + "</B></TD></TR>\n";
    }

    @Test
    void readsTheUpperCaseTemplateOf79xx() {
        NetworkSetup n = page("<HTML><BODY><TABLE>" + upperCaseRow("TFTP Server 1", "10.1.1.5")
                + upperCaseRow("CTL File", "") + upperCaseRow("ITL File", "ITLFile.tlv")
                + upperCaseRow("ITL Signature", SHA1_SHOWN) + upperCaseRow("TFTP Server", "10.1.1.5") + "</TABLE></BODY></HTML>");
        assertEquals("10.1.1.5", n.tftpServer1());
        TrustFile itl = n.itl();
        assertEquals(TrustFile.Presence.INSTALLED, itl.presence());
        assertEquals(SHA1, itl.hash());
        assertEquals(TrustFile.HashAlgorithm.SHA1, itl.algorithm());
        assertEquals("ITLFile.tlv", itl.fileName());
        assertEquals(TrustFile.Presence.NOT_INSTALLED, n.ctl().presence());
    }

    @Test
    void readsLowerCaseCellsWithSpacesBetween() {
        NetworkSetup n = page("<table><tr><td><b>TFTP server 1</b></td> <td width=20></td><td><b>cucm-sub1</b></td></tr>"
                + "<tr><td><b>ITL signature</b></td> <td width=20></td><td><b>0A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 C6 D7 E8 F9 </b></td></tr></table>");
        assertEquals("cucm-sub1", n.tftpServer1());
        assertEquals("0a1b2c3d4e5f60718293a4b5c6d7e8f9", n.itl().hash());
        assertEquals(TrustFile.HashAlgorithm.MD5, n.itl().algorithm(), "16 bytes: an MD5, as the admin guide says");
    }

    @Test
    void readsStrongCellsAndRowsWithoutEndTags() {
        NetworkSetup n = page("<table><tr><td><strong>ITL file</strong><td><td><strong>ITLSEP001122334455.tlv</strong>"
                + "<tr><td><strong>ITL signature</strong><td><td><strong>" + SHA1_SHOWN + "</strong></table>");
        assertEquals(SHA1, n.itl().hash());
        assertEquals("ITLSEP001122334455.tlv", n.itl().fileName());
    }

    @Test
    void readsFrenchLabelsWithEntities() {
        NetworkSetup n = page("<table>" + upperCaseRow("Num&eacute;ro du mod&egrave;le", "CP-8845")
                + upperCaseRow("Serveur TFTP 1", "10.2.2.2") + upperCaseRow("Fichier ITL", "ITLFile.tlv")
                + upperCaseRow("Signature ITL", SHA1_SHOWN) + "</table>");
        assertEquals("10.2.2.2", n.tftpServer1());
        assertEquals(SHA1, n.itl().hash());
        assertEquals("CP-8845", n.value("Numéro du modèle"));
    }

    @Test
    void readsIso88591BytesDeclaredAsUtf8() {
        byte[] body = ("<table>" + upperCaseRow("Numéro du modèle", "CP-7965G") + "</table>").getBytes(StandardCharsets.ISO_8859_1);
        NetworkSetup n = NetworkSetup.fromHtml("test", body, "text/html; charset=\"utf-8\"");
        assertEquals("CP-7965G", n.value("Numero du modele"));
    }

    @Test
    void emptyRowsMeanNoItl() {
        NetworkSetup n = page("<table>" + upperCaseRow("ITL file", "") + upperCaseRow("ITL signature", "") + "</table>");
        assertEquals(TrustFile.Presence.NOT_INSTALLED, n.itl().presence());
        assertNull(n.itl().hash());
    }

    @Test
    void aPageWithoutItlRowsSaysNothingNotNotInstalled() {
        NetworkSetup n = page("<table>" + upperCaseRow("TFTP server 1", "10.0.0.1") + upperCaseRow("CTL file", "") + "</table>");
        assertEquals(TrustFile.Presence.NOT_SHOWN, n.itl().presence());
        assertEquals(false, n.showsItl());
    }

    @Test
    void aFileWithoutAHashIsInstalledWithHashUnknown() {
        NetworkSetup n = page("<table>" + upperCaseRow("ITL file", "Installed") + "</table>");
        assertEquals(TrustFile.Presence.INSTALLED, n.itl().presence());
        assertNull(n.itl().hash());
    }

    @Test
    void cellsWithoutRowsAreReadInThrees() {
        NetworkSetup n = page("<B>ITL signature</B></TD><td width=20></TD><TD><B>" + SHA1_SHOWN + "</B></TD>".replace("<B>", "<TD><B>"));
        // the first cell has no <td>; the template proper always has one
        NetworkSetup m = page("<TD><B>TFTP server 1</B></TD><td width=20></TD><TD><B>10.9.9.9</B></TD>"
                + "<TD><B>ITL signature</B></TD><td width=20></TD><TD><B>" + SHA1_SHOWN + "</B></TD>");
        assertEquals("10.9.9.9", m.tftpServer1());
        assertEquals(SHA1, m.itl().hash());
        assertTrue(n.rows().size() <= 1);
    }

    @Test
    void commentsAndScriptsAreIgnored() {
        NetworkSetup n = page("<!-- <tr><td>ITL signature</td><td>00</td></tr> --><script>var x='<tr><td>ITL file</td>';</script>"
                + "<table>" + upperCaseRow("TFTP server 1", "a") + "</table>");
        assertEquals(TrustFile.Presence.NOT_SHOWN, n.itl().presence());
    }

    @Test
    void hashesAreNormalised() {
        assertEquals("ab01", TrustFile.normaliseHash(" AB 01 "));
        assertEquals("ab01", TrustFile.normaliseHash("ab:01"));
        assertNull(TrustFile.normaliseHash("Installed"));
        assertNull(TrustFile.normaliseHash("ABC"));
        assertEquals(TrustFile.HashAlgorithm.SHA256, TrustFile.HashAlgorithm.ofHexLength(64));
        assertEquals(TrustFile.HashAlgorithm.UNKNOWN, TrustFile.HashAlgorithm.ofHexLength(10));
    }

    @Test
    void aHugePageIsCutNotRead() {
        String filler = "x".repeat(HtmlRows.MAX_CHARS);
        NetworkSetup n = page(filler + "<table>" + upperCaseRow("ITL signature", SHA1_SHOWN) + "</table>");
        assertEquals(TrustFile.Presence.NOT_SHOWN, n.itl().presence());
    }
}
