package org.voicebench.trust.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.voicebench.common.AtomicFiles;
import org.voicebench.trust.CertificateInfo;

/** Writes a certificate as PEM or DER, chosen by the file name, through a temporary file. */
public final class CertificateFiles {

    /** Certificate encodings offered by Export Certificate. */
    public enum Format {
        PEM, DER;

        /** DER for {@code .der} and {@code .cer}, else PEM (what {@code openssl x509} reads by default). */
        public static Format forFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".der") || name.endsWith(".cer") ? DER : PEM;
        }
    }

    private CertificateFiles() {
    }

    /** The bytes of {@code cert} in {@code format}. */
    public static byte[] encode(CertificateInfo cert, Format format) {
        return format == Format.DER ? cert.der() : cert.pem().getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes {@code cert} to {@code target} atomically; returns the format used. */
    public static Format write(Path target, CertificateInfo cert) throws IOException {
        Format format = Format.forFile(target);
        AtomicFiles.write(target, encode(cert, format));
        return format;
    }

    /** A file name for a certificate: its subject's CN (or its SHA-1), safe on every file system. */
    public static String suggestedName(CertificateInfo cert) {
        String cn = null;
        for (String part : cert.subject().split(",")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                cn = p.substring(3);
                break;
            }
        }
        String base = cn == null || cn.isBlank() ? cert.sha1() : cn;
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".pem";
    }
}
