package org.voicebench.phone;

/** Why a request to a phone failed. Callers switch on this, never on message text. */
public enum PhoneFailure {
    /** CiscoIPPhoneError 4 or HTTP 401: the credentials were refused. */
    AUTH_FAILED,
    /** CiscoIPPhoneError 1: the phone could not parse the Execute object. */
    EXECUTE_NOT_PARSED,
    /** CiscoIPPhoneError 2: the phone could not frame its response. */
    FRAMING_ERROR,
    /** CiscoIPPhoneError 3: the phone had an internal file error. */
    INTERNAL_FILE_ERROR,
    /** A ResponseItem with Status 1 or 6: the phone did not accept the URI; {@link PhoneException#detail()} holds its Data. */
    URI_REJECTED,
    /** The connection was refused: the phone's web server is off (Web Access disabled). */
    WEB_ACCESS_DISABLED,
    /** No connection or no answer in time: wrong address, routing, firewall, phone off. */
    UNREACHABLE,
    /** The connection was reset or closed before a full answer, e.g. while the phone reboots. */
    CONNECTION_DROPPED,
    /** The screenshot answer was not a PNG or BMP image. */
    NOT_AN_IMAGE,
    /** The phone answered something this client does not understand (wrong HTTP status, unknown XML, refused XML). */
    UNEXPECTED_RESPONSE,
    /** The request waited too long behind another request to the same phone, or for a free connection. */
    QUEUE_TIMEOUT,
    /** The calling thread was interrupted while waiting; its interrupt flag is set again. */
    CANCELLED,
    /** CTI: the device is not in the application user's controlled devices, so CUCM will not hand it over. */
    CTI_NOT_CONTROLLED,
    /** CTI: the phone's terminal is out of service at CUCM (not registered, restarting) or did not come into service in time. */
    CTI_OUT_OF_SERVICE,
    /** CTI: CUCM or the phone refused the data ({@code sendData} failed); {@link PhoneException#detail()} holds JTAPI's words. */
    CTI_REFUSED
}
