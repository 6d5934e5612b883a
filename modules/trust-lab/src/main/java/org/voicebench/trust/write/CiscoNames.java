package org.voicebench.trust.write;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Writes names the way CUCM does: {@code CN=..;OU=..;O=..;L=..;ST=..;C=..}, whatever the certificate's order. */
final class CiscoNames {

    private static final ASN1ObjectIdentifier[] ORDER = {BCStyle.CN, BCStyle.OU, BCStyle.O, BCStyle.L, BCStyle.ST, BCStyle.C};

    private CiscoNames() {
    }

    static String cucmStyle(X500Name name) {
        List<String> parts = new ArrayList<>();
        for (ASN1ObjectIdentifier type : ORDER) {
            for (RDN rdn : name.getRDNs(type)) {
                for (AttributeTypeAndValue ava : rdn.getTypesAndValues()) {
                    if (ava.getType().equals(type)) {
                        parts.add(BCStyle.INSTANCE.oidToDisplayName(type) + "=" + IETFUtils.valueToString(ava.getValue()));
                    }
                }
            }
        }
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue ava : rdn.getTypesAndValues()) {
                if (!List.of(ORDER).contains(ava.getType())) {
                    String display = BCStyle.INSTANCE.oidToDisplayName(ava.getType());
                    parts.add((display != null ? display : ava.getType().getId()) + "=" + IETFUtils.valueToString(ava.getValue()));
                }
            }
        }
        return String.join(";", parts);
    }
}
