package org.voicebench.phone.sim;

import org.voicebench.phone.model.PhoneFamily;

/**
 * The HTML Network setup page, the one page where a phone shows its trust-list state (8800 and 8821
 * admin guides; field-tested by a script that deletes ITLs). No raw page has been published, so the
 * layout follows what field tools parse (field-evidence.md, "Information pages"): rows of a label cell,
 * a spacer cell and a value cell, styled per family, labels localised.
 */
final class NetworkSetupPage {

    /** The rows in order, with their labels as HTML: 78xx/88xx, 79xx (Title Case), French. */
    private enum Row {
        DHCP_SERVER("DHCP server", "DHCP Server", "Serveur DHCP"),
        MAC_ADDRESS("MAC address", "MAC Address", "Adresse MAC"),
        HOST_NAME("Host name", "Host Name", "Nom d'h&ocirc;te"),
        DOMAIN_NAME("Domain name", "Domain Name", "Nom de domaine"),
        IP_ADDRESS("IP address", "IP Address", "Adresse IP"),
        SUBNET_MASK("Subnet mask", "Subnet Mask", "Masque de sous-r&eacute;seau"),
        TFTP_SERVER_1("TFTP server 1", "TFTP Server 1", "Serveur TFTP 1"),
        DEFAULT_ROUTER("Default router", "Default Router 1", "Routeur par d&eacute;faut"),
        DNS_SERVER("DNS server 1", "DNS Server 1", "Serveur DNS 1"),
        CTL_FILE("CTL file", "CTL File", "Fichier CTL"),
        ITL_FILE("ITL file", "ITL File", "Fichier ITL"),
        ITL_SIGNATURE("ITL signature", "ITL Signature", "Signature ITL"),
        CAPF_SERVER("CAPF server", "CAPF Server", "Serveur CAPF"),
        TVS("TVS", "TVS", "TVS"),
        TFTP_SERVER("TFTP server", "TFTP Server", "Serveur TFTP");

        private final String english;
        private final String titleCase;
        private final String french;

        Row(String english, String titleCase, String french) {
            this.english = english;
            this.titleCase = titleCase;
            this.french = french;
        }

        String label(PhoneFamily family, boolean inFrench) {
            return inFrench ? french : family.is79xx() ? titleCase : english;
        }
    }

    /** How a family writes a row: {@code %1$s} the label, {@code %2$s} the value. */
    private enum Cells {
        UPPER_B("<TR><TD><B>%1$s</B></TD><td width=20></TD><TD><B>%2$s</B></TD></TR>"),
        LOWER_B("<tr><td><b>%1$s</b></td> <td width=20></td><td><b>%2$s</b></td></tr>"),
        LOWER_STRONG("<tr><td><strong>%1$s</strong></td> <td width=20></td><td><strong>%2$s</strong></td></tr>");

        private final String row;

        Cells(String row) {
            this.row = row;
        }

        static Cells of(PhoneFamily family) {
            if (family.is79xx()) {
                return UPPER_B;
            }
            return family == PhoneFamily.CP88X5 ? LOWER_STRONG : LOWER_B;
        }
    }

    private NetworkSetupPage() {
    }

    static String html(SimulatedPhone p) {
        PhoneFamily family = p.profile().family();
        boolean french = p.conditions().frenchLabels();
        String title = french ? "Configuration r&eacute;seau" : family.is79xx() ? "Network Configuration" : "Network setup";
        Cells cells = Cells.of(family);
        StringBuilder b = new StringBuilder("<html><head><title>").append(title).append("</title></head><body>\n")
                .append("<h2>").append(title).append("</h2>\n<table>\n");
        for (Row r : Row.values()) {
            b.append(String.format(cells.row, r.label(family, french), CiscoXml.escape(value(r, p)))).append('\n');
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    private static String value(Row row, SimulatedPhone p) {
        TrustStore.Installed itl = p.device().trust().itl();
        TrustStore.Installed ctl = p.device().trust().ctl();
        return switch (row) {
            case DHCP_SERVER, DEFAULT_ROUTER, DNS_SERVER -> "127.0.0.1";
            case MAC_ADDRESS -> p.mac();
            case HOST_NAME -> p.name();
            case DOMAIN_NAME -> "lab.example.com";
            case IP_ADDRESS -> p.address().getAddress().getHostAddress();
            case SUBNET_MASK -> "255.0.0.0";
            case TFTP_SERVER_1, TVS, TFTP_SERVER -> p.tftpServer();
            case CTL_FILE -> ctl == null ? "" : spacedHex(ctl.md5()).strip();
            case ITL_FILE -> itl == null ? "" : itl.fileName();
            case ITL_SIGNATURE -> itl == null ? "" : spacedHex(itlSignature(itl, p.profile().family()));
            case CAPF_SERVER -> "";
        };
    }

    /** 88xx show the ITL's SHA-1 (20 bytes, a live 8845's page); 78xx and 79xx its MD5 (16 bytes, TAC: by model). */
    private static String itlSignature(TrustStore.Installed itl, PhoneFamily family) {
        return Families.is88xx(family) ? itl.sha1() : itl.md5();
    }

    /** {@code EE5C62} as {@code "EE 5C 62 "}: upper-case bytes, each followed by a space, as the phone writes them. */
    private static String spacedHex(String hex) {
        return hex.replaceAll("(..)", "$1 ");
    }
}
