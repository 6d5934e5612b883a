package org.voicebench.phone;

import java.util.Map;

/**
 * A phone's {@code /DeviceInformationX}. The named fields are the ones tools need; {@link #fields()}
 * holds every element as sent (element names as the phone spells them).
 *
 * @param macAddress   {@code MACAddress}: 12 hex digits, no separators
 * @param hostName     {@code HostName}, e.g. {@code SEP001122334455}
 * @param phoneDN      {@code phoneDN}
 * @param appLoadID    {@code appLoadID}
 * @param versionID    {@code versionID}
 * @param modelNumber  {@code modelNumber}, e.g. {@code CP-7965G}
 * @param serialNumber {@code serialNumber}
 * @param fields       every field in document order
 */
public record DeviceInformation(String macAddress, String hostName, String phoneDN, String appLoadID, String versionID,
        String modelNumber, String serialNumber, Map<String, String> fields) {

    public DeviceInformation {
        fields = XmlFields.unmodifiable(fields);
    }

    /** A field by name, ignoring case (the casing of newer fields is unverified); null when absent. */
    public String field(String name) {
        return XmlFields.get(fields, name);
    }

    static DeviceInformation of(Map<String, String> f) {
        return new DeviceInformation(XmlFields.get(f, "MACAddress"), XmlFields.get(f, "HostName"), XmlFields.get(f, "phoneDN"),
                XmlFields.get(f, "appLoadID"), XmlFields.get(f, "versionID"), XmlFields.get(f, "modelNumber"),
                XmlFields.get(f, "serialNumber"), f);
    }
}
