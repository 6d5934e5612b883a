package org.voicebench.phone.capture;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.voicebench.phone.RawAnswer;

/**
 * The zip form of a capture: {@code capture.json} first, then one entry per answer holding the body
 * exactly as the phone sent it, named after its path so that an unzipped capture can be browsed.
 * Reading is bounded (entry count, each entry's and all entries' decompressed size), refuses entry
 * names that would lead out of a folder, and checks every body against the manifest's size and SHA-256,
 * because captures come from users by mail and are dropped into test resources.
 */
final class CaptureZip {

    /** Entries in one capture, folders included: a capture asks for a few dozen pages. */
    static final int MAX_ENTRIES = 256;
    /** One body: the client's own limit on an answer (a screenshot is the largest). */
    static final int MAX_ENTRY_BYTES = 16 << 20;
    /** All bodies together ({@code capture.json} apart). */
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** {@code capture.json}. */
    static final int MAX_MANIFEST_BYTES = 1 << 20;

    /** Slugs longer than any known page's are cut: some file systems and zip tools dislike long names. */
    private static final int MAX_NAME = 100;

    private CaptureZip() {
    }

    /** The zip of a manifest and the bodies of its answers (by {@link CaptureManifest.Answer#file()}). */
    static byte[] write(CaptureManifest manifest, Map<String, RawAnswer> answers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, ManifestJson.ENTRY, ManifestJson.write(manifest), manifest);
            for (CaptureManifest.Answer a : manifest.answers()) {
                put(zip, a.file(), answers.get(a.path()).body(), manifest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] body, CaptureManifest manifest) throws IOException {
        ZipEntry e = new ZipEntry(name);
        // the capture's time, not the clock's: the same capture always makes the same bytes
        e.setTime(manifest.captured().toEpochMilli());
        zip.putNextEntry(e);
        zip.write(body);
        zip.closeEntry();
    }

    /** The entry name for the {@code index}-th answer (1-based): {@code 01-DeviceInformationX.xml}. */
    static String fileName(int index, String path, String contentType) {
        String slug = path.substring(1).replaceAll("[^A-Za-z0-9.=-]+", "_");
        if (slug.isEmpty()) {
            slug = "index";
        }
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME);
        }
        return String.format(Locale.ROOT, "%02d-%s.%s", index, slug, extension(contentType));
    }

    private static String extension(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.contains("xml")) {
            return "xml";
        }
        for (String[] known : new String[][] {{"html", "html"}, {"png", "png"}, {"bmp", "bmp"}, {"jpeg", "jpg"},
                {"text/", "txt"}}) {
            if (t.contains(known[0])) {
                return known[1];
            }
        }
        return "bin";
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Reads a capture; {@code in} is read to the end of the zip and not closed.
     *
     * @throws CaptureFormatException naming {@code source} and the entry at fault
     */
    static PhoneCapture read(InputStream in, String source) throws CaptureFormatException {
        Map<String, byte[]> entries = entries(in, source);
        byte[] json = entries.get(ManifestJson.ENTRY);
        if (json == null) {
            throw new CaptureFormatException(source, null, entries.isEmpty() ? "not a zip file, or an empty one"
                    : "no " + ManifestJson.ENTRY + ": not a capture made by 'voicebench-cli phone capture'");
        }
        CaptureManifest manifest = ManifestJson.read(json, source);
        Map<String, RawAnswer> answers = new LinkedHashMap<>();
        for (CaptureManifest.Answer a : manifest.answers()) {
            byte[] body = entries.get(a.file());
            if (body == null) {
                throw new CaptureFormatException(source, a.file(), "missing; " + ManifestJson.ENTRY + " names it for " + a.path());
            }
            if (body.length != a.bytes() || !sha256(body).equals(a.sha256())) {
                throw new CaptureFormatException(source, a.file(), "does not match " + ManifestJson.ENTRY + " for " + a.path()
                        + ": " + (body.length != a.bytes() ? body.length + " bytes, not " + a.bytes() : "its SHA-256 differs")
                        + "; the entry was changed or cut");
            }
            if (answers.put(a.path(), new RawAnswer(a.path(), a.status(), a.contentType(), body)) != null) {
                throw new CaptureFormatException(source, ManifestJson.ENTRY, "the path " + a.path() + " is answered twice");
            }
        }
        return new PhoneCapture(manifest, answers);
    }

    /** Every file entry's bytes by name, within the limits. */
    private static Map<String, byte[]> entries(InputStream in, String source) throws CaptureFormatException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String current = null;
        int count = 0;
        long total = 0;
        InputStream callers = new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream: the caller closes it
            }
        };
        try (ZipInputStream zip = new ZipInputStream(callers)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                current = e.getName();
                if (++count > MAX_ENTRIES) {
                    throw new CaptureFormatException(source, current, "more than " + MAX_ENTRIES + " entries; not a capture");
                }
                requireSafeName(source, current);
                if (e.isDirectory()) {
                    continue;
                }
                boolean manifest = current.equals(ManifestJson.ENTRY);
                int limit = manifest ? MAX_MANIFEST_BYTES : MAX_ENTRY_BYTES;
                byte[] body = zip.readNBytes(limit + 1);
                if (body.length > limit) {
                    throw new CaptureFormatException(source, current, "larger than " + (limit >> 20) + " MiB");
                }
                total += manifest ? 0 : body.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new CaptureFormatException(source, current, "the entries together pass " + (MAX_TOTAL_BYTES >> 20)
                            + " MiB; not a capture");
                }
                if (entries.put(current, body) != null) {
                    throw new CaptureFormatException(source, current, "the zip holds this name twice");
                }
            }
        } catch (CaptureFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new CaptureFormatException(source, current, "not a readable zip: " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * Refuses names that would land outside a folder when unzipped ("zip slip"): absolute, with a drive,
     * backslashes or {@code ..}. The reader extracts nothing, but a capture is also meant to be unzipped by hand.
     */
    private static void requireSafeName(String source, String name) throws CaptureFormatException {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < ' ');
        for (String part : name.split("/", -1)) {
            unsafe |= part.equals("..");
        }
        if (unsafe) {
            throw new CaptureFormatException(source, name.replaceAll("\\p{Cntrl}", "?"),
                    "unsafe entry name (absolute, with a drive or backslash, or leading out of its folder with ..)");
        }
    }
}
