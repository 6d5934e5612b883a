package org.voicebench.trust;

/**
 * Hashes of a whole file as lowercase hex: what {@code show itl} and the phones' Trust List menu
 * display (MD5 or SHA-1 by model), plus SHA-256.
 */
public record FileHashes(String md5, String sha1, String sha256) {
}
