package org.voicebench.phone;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A phone's Network setup page read as label/value rows: where real phones show their trust state
 * ({@code CTL file}, {@code ITL file}, {@code ITL signature}) and their {@code TFTP server 1}. 78xx/88xx
 * serve it as HTML at {@code /CGI/Java/Serviceability?adapter=device.statistics.configuration}, 79xx at
 * {@code /NetworkConfiguration}; XML pages ({@code adapterX=}, {@code NetworkConfigurationX}) are read into
 * the same shape as additional sources. Labels are matched ignoring case, accents, spaces and the languages
 * the field evidence shows (English, French).
 *
 * @param source where the rows came from, e.g. the page's path
 * @param rows   every row in page order: label as shown, value as shown (spaces collapsed)
 */
public record NetworkSetup(String source, Map<String, String> rows) {

    /** Labels of one fact in the spellings phones use; compared after {@link #key}. */
    private static final List<String> TFTP_SERVER_1 = List.of("TFTP server 1", "Serveur TFTP 1", "TFTPServer1",
            "TFTP server", "Serveur TFTP");
    private static final List<String> ITL_FILE = List.of("ITL file", "Fichier ITL", "ITLFile");
    private static final List<String> ITL_SIGNATURE = List.of("ITL signature", "Signature ITL", "ITLSignature",
            "ITLFileSHA1", "ITLFileMD5", "ITL file SHA-1", "ITL file MD5");
    private static final List<String> CTL_FILE = List.of("CTL file", "Fichier CTL", "CTLFile", "CTLSignature",
            "CTLFileMD5");
    /** Values meaning "no file", as {@link #key} leaves them. */
    private static final List<String> ABSENT = List.of("", "-", "none", "no", "notinstalled", "noninstalle", "non",
            "aucun", "n/a");

    public NetworkSetup {
        Objects.requireNonNull(source, "source");
        rows = XmlFields.unmodifiable(rows);
    }

    /** The rows of an HTML page (tolerant of the cell styles firmware uses; never fails). */
    static NetworkSetup fromHtml(String source, byte[] body, String contentType) {
        return new NetworkSetup(source, HtmlRows.rows(body, contentType));
    }

    /** The first value of any of these labels (matched by {@link #key}), or null when no row has one. */
    public String value(List<String> labels) {
        for (String label : labels) {
            String wanted = key(label);
            for (Map.Entry<String, String> row : rows.entrySet()) {
                if (key(row.getKey()).equals(wanted)) {
                    return row.getValue();
                }
            }
        }
        return null;
    }

    /** A label by any spelling of it, or null. */
    public String value(String label) {
        return value(List.of(label));
    }

    /** {@code TFTP server 1} (the TFTP server whose ITL the phone should hold), or null when not shown. */
    public String tftpServer1() {
        String v = value(TFTP_SERVER_1);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** True when the page shows any row about the ITL. */
    public boolean showsItl() {
        return value(ITL_FILE) != null || value(ITL_SIGNATURE) != null;
    }

    /**
     * The ITL as the page shows it: installed with its hash from {@code ITL signature} (or a hash in the
     * {@code ITL file} row), not installed when both rows are empty or say so, NOT_SHOWN when neither row exists.
     */
    public TrustFile itl() {
        String file = value(ITL_FILE);
        String signature = value(ITL_SIGNATURE);
        if (file == null && signature == null) {
            return TrustFile.NOT_SHOWN;
        }
        String hash = TrustFile.normaliseHash(signature);
        String shown = signature;
        String label = signature != null ? "ITL signature" : "ITL file";
        if (hash == null && TrustFile.normaliseHash(file) != null && file.replaceAll("\\s", "").length() >= 32) {
            hash = TrustFile.normaliseHash(file);
            shown = file;
            label = "ITL file";
        }
        String fileName = file != null && TrustFile.normaliseHash(file) == null && !absent(file) && !saysInstalled(file)
                ? file.strip() : null;
        if (hash != null) {
            return new TrustFile(TrustFile.Presence.INSTALLED, fileName, hash,
                    TrustFile.HashAlgorithm.ofHexLength(hash.length()), shown, label);
        }
        if ((file == null || absent(file)) && (signature == null || absent(signature))) {
            return new TrustFile(TrustFile.Presence.NOT_INSTALLED, null, null, TrustFile.HashAlgorithm.UNKNOWN,
                    file != null ? file : signature, label);
        }
        // the page says there is a file but shows no hash (or one that is not hex): installed, hash unknown
        return new TrustFile(TrustFile.Presence.INSTALLED, fileName, null, TrustFile.HashAlgorithm.UNKNOWN,
                signature != null && !signature.isBlank() ? signature : file, label);
    }

    /** The CTL as the page shows it ({@code CTL file}: its MD5, empty when none). */
    public TrustFile ctl() {
        String v = value(CTL_FILE);
        if (v == null) {
            return TrustFile.NOT_SHOWN;
        }
        String hash = TrustFile.normaliseHash(v);
        if (hash != null) {
            return new TrustFile(TrustFile.Presence.INSTALLED, null, hash, TrustFile.HashAlgorithm.ofHexLength(hash.length()),
                    v, "CTL file");
        }
        return absent(v) ? new TrustFile(TrustFile.Presence.NOT_INSTALLED, null, null, TrustFile.HashAlgorithm.UNKNOWN, v,
                "CTL file") : new TrustFile(TrustFile.Presence.INSTALLED, null, null, TrustFile.HashAlgorithm.UNKNOWN, v,
                "CTL file");
    }

    private static boolean absent(String v) {
        return ABSENT.contains(key(v));
    }

    private static boolean saysInstalled(String v) {
        String k = key(v);
        return k.equals("installed") || k.equals("yes") || k.equals("installe") || k.equals("oui");
    }

    /** A label or value for comparison: accents removed, lower case, no spaces, no trailing colon. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s:]", "");
    }
}
