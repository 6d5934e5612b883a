package org.voicebench.phone;

/**
 * The phone's answer to one accepted Execute URI (a ResponseItem with Status 0).
 *
 * @param uri    the URI the phone reports having run (its ResponseItem URL, else the URI sent)
 * @param status the ResponseItem Status (0)
 * @param data   the ResponseItem Data, usually {@code "Success"}
 */
public record ExecuteResult(String uri, int status, String data) {
}
