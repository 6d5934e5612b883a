package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;

/** AXL requests on application users, as a client sends them. */
final class AppUserSoap {

    private AppUserSoap() {
    }

    static byte[] get(String userid) {
        return envelope("<ns:getAppUser><userid>" + userid + "</userid>"
                + "<returnedTags><userid/><associatedDevices><device/></associatedDevices></returnedTags></ns:getAppUser>");
    }

    static byte[] update(String userid, String... devices) {
        StringBuilder b = new StringBuilder("<ns:updateAppUser><userid>").append(userid).append("</userid><associatedDevices>");
        for (String d : devices) {
            b.append("<device>").append(d).append("</device>");
        }
        return envelope(b.append("</associatedDevices></ns:updateAppUser>").toString());
    }

    private static byte[] envelope(String operation) {
        return ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:ns=\"http://www.cisco.com/AXL/API/14.0\"><soapenv:Body>" + operation
                + "</soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);
    }
}
