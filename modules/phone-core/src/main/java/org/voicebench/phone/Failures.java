package org.voicebench.phone;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Builds the typed failures with messages an engineer can act on. Never puts credentials in them. */
final class Failures {

    private Failures() {
    }

    static PhoneException ciscoError(PhoneAddress phone, String what, String number) {
        String n = number == null ? "" : number.strip();
        return switch (n) {
            case "1" -> new PhoneException(phone, PhoneFailure.EXECUTE_NOT_PARSED, "phone " + phone + " could not parse the Execute object"
                    + " (CiscoIPPhoneError 1) for " + what + ": the URI may be malformed or the object too large", n, null);
            case "2" -> new PhoneException(phone, PhoneFailure.FRAMING_ERROR, "phone " + phone + " could not frame its response"
                    + " (CiscoIPPhoneError 2) to " + what + ": try again; if it persists, reset the phone", n, null);
            case "3" -> new PhoneException(phone, PhoneFailure.INTERNAL_FILE_ERROR, "phone " + phone + " reported an internal file error"
                    + " (CiscoIPPhoneError 3) for " + what + ": try again later; if it persists, reset the phone", n, null);
            case "4" -> authFailed(phone, what, "CiscoIPPhoneError 4", n);
            default -> unexpected(phone, what, "an unknown CiscoIPPhoneError Number \"" + n + "\"", n);
        };
    }

    static PhoneException authFailed(PhoneAddress phone, String what, String evidence, String detail) {
        return new PhoneException(phone, PhoneFailure.AUTH_FAILED, "phone " + phone + " refused the credentials for " + what
                + " (" + evidence + "): check that the user is associated with the phone (controlled devices in CUCM), that the"
                + " password is right, and that the phone's Authentication URL answers AUTHORIZED", detail, null);
    }

    static PhoneException uriRejected(PhoneAddress phone, String uri, int status, String data) {
        return new PhoneException(phone, PhoneFailure.URI_REJECTED, "phone " + phone + " rejected \"" + uri + "\" (Status " + status
                + ": " + data + "): the phone does not accept this URI in its current state; check the name for this model"
                + " and what the phone shows", data, null);
    }

    static PhoneException objectRefused(PhoneAddress phone, String object, String words) {
        return new PhoneException(phone, PhoneFailure.URI_REJECTED, "phone " + phone + " refused " + object + " (" + words
                + ")", words, null);
    }

    static PhoneException unexpected(PhoneAddress phone, String what, String answer, String detail) {
        return new PhoneException(phone, PhoneFailure.UNEXPECTED_RESPONSE, "phone " + phone + " answered " + what + " with "
                + answer + ": is it a Cisco phone with enterprise (not multiplatform) firmware?", detail, null);
    }

    static PhoneException refusedXml(PhoneAddress phone, String what, HardenedXml.Refused e) {
        return new PhoneException(phone, PhoneFailure.UNEXPECTED_RESPONSE, "phone " + phone + " answered " + what
                + " with XML that was not read: " + e.getMessage(), null, e);
    }

    static PhoneException httpStatus(PhoneAddress phone, String what, int status) {
        if (status == 401 || status == 403) {
            return authFailed(phone, what, "HTTP " + status, Integer.toString(status));
        }
        return unexpected(phone, what, "HTTP status " + status, Integer.toString(status));
    }

    static PhoneException queueTimeout(PhoneAddress phone, String what, Duration waited) {
        return new PhoneException(phone, PhoneFailure.QUEUE_TIMEOUT, "phone " + phone + ": " + what + " waited more than "
                + waited.toSeconds() + " s behind other requests to the same phone or for a free connection; the phone"
                + " is slow or too many phones are busy: try again, or raise the queue timeout", null, null);
    }

    static PhoneException cancelled(PhoneAddress phone, String what, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PhoneException(phone, PhoneFailure.CANCELLED, "phone " + phone + ": " + what + " was cancelled", null, e);
    }

    /** Maps an I/O failure to what it most probably means for a phone. */
    static PhoneException io(PhoneAddress phone, String what, IOException e, PhoneClientSettings settings) {
        if (e instanceof ConnectTimeoutException || (e instanceof SocketTimeoutException && isConnectPhase(e))) {
            return new PhoneException(phone, PhoneFailure.UNREACHABLE, "phone " + phone + " did not accept a connection within "
                    + settings.connectTimeout().toMillis() + " ms for " + what + ": check the address, routing and firewalls,"
                    + " and that the phone is powered on", null, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new PhoneException(phone, PhoneFailure.UNREACHABLE, "phone " + phone + " did not answer " + what + " within "
                    + settings.responseTimeout().toMillis() + " ms: it is busy or hung; try again or raise the response timeout",
                    null, e);
        }
        if (e instanceof UnknownHostException) {
            return new PhoneException(phone, PhoneFailure.UNREACHABLE, "phone " + phone + ": the host name does not resolve;"
                    + " check the address", null, e);
        }
        if (e instanceof NoRouteToHostException) {
            return new PhoneException(phone, PhoneFailure.UNREACHABLE, "phone " + phone + ": no route to the host for " + what
                    + "; check the address, routing and firewalls", null, e);
        }
        if (e instanceof ConnectException && !mentions(e, "refused")) { // e.g. "Network is unreachable"
            return new PhoneException(phone, PhoneFailure.UNREACHABLE, "phone " + phone + " cannot be reached for " + what
                    + " (" + e.getClass().getSimpleName() + "): check the address, routing and firewalls", null, e);
        }
        if (e instanceof ConnectException) {
            return new PhoneException(phone, PhoneFailure.WEB_ACCESS_DISABLED, "phone " + phone + ": the phone's web server does"
                    + " not answer (connection refused): Web Access is probably disabled in the phone's configuration,"
                    + " or the phone is rebooting", null, e);
        }
        // NoHttpResponseException, ConnectionClosedException (truncated body), EOF, reset, broken pipe and the like
        return dropped(phone, what, e);
    }

    private static PhoneException dropped(PhoneAddress phone, String what, IOException e) {
        return new PhoneException(phone, PhoneFailure.CONNECTION_DROPPED, "phone " + phone + " dropped the connection during "
                + what + " (" + e.getClass().getSimpleName() + "): it may be rebooting; check again in a minute", null, e);
    }

    private static boolean isConnectPhase(IOException e) {
        return mentions(e, "connect timed out");
    }

    private static boolean mentions(IOException e, String text) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains(text);
    }
}
