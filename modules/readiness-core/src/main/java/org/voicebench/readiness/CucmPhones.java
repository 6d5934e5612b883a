package org.voicebench.readiness;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.PhoneVendorConfig;

/** What the readiness check and the access campaign ask CUCM about a phone; {@link #of(AxlClient)} over AXL. */
public interface CucmPhones {

    /** AXL getPhone: the phone's product-specific configuration. */
    PhoneVendorConfig get(String device) throws IOException;

    /** AXL updatePhone with the whole vendorConfig. */
    void update(String device, Map<String, String> vendorConfig) throws IOException;

    /** AXL applyPhone: the phone fetches its configuration (and restarts where needed). */
    void apply(String device) throws IOException;

    /** Over AXL; CUCM's refusals become IOExceptions with CUCM's words. */
    static CucmPhones of(AxlClient axl) {
        Objects.requireNonNull(axl, "axl");
        return new CucmPhones() {
            @Override
            public PhoneVendorConfig get(String device) throws IOException {
                try {
                    return axl.getPhone(device);
                } catch (CucmException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public void update(String device, Map<String, String> vendorConfig) throws IOException {
                try {
                    axl.updatePhoneVendorConfig(device, vendorConfig);
                } catch (CucmException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public void apply(String device) throws IOException {
                try {
                    axl.applyPhone(device);
                } catch (CucmException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }
}
