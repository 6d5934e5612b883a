package org.voicebench.jtapilab;

import com.cisco.jtapi.extensions.CiscoJtapiPeer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;

/**
 * The lab's JTAPI peer, the default of {@code JtapiPeerFactory.getJtapiPeer(null)}: opens providers on the lab
 * CTI service of a VoiceBench simulated cluster, trying the provider string's hosts in order, as Cisco's jar
 * tries its CTI Managers. It reaches nothing else.
 */
public final class LabPeer implements CiscoJtapiPeer {

    @Override
    public String getName() {
        return "VoiceBench lab stand-in for Cisco JTAPI";
    }

    /**
     * @throws ProviderUnavailableException with the service's reason when the login is refused, or naming every
     *         host when none could be reached
     */
    @Override
    public Provider getProvider(String providerString) {
        ProviderString login = ProviderString.parse(providerString);
        List<String> unreachable = new ArrayList<>();
        for (String host : login.hosts()) {
            try {
                return LabProvider.open(LabConnection.open(host, login));
            } catch (LabConnection.LoginRefused e) {
                throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                        "login refused by CTI Manager " + host + " for user " + login.login() + ": " + e.getMessage());
            } catch (IOException e) {
                unreachable.add(host + " (" + e.getMessage() + ")");
            }
        }
        throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                "no CTI Manager reachable: " + String.join(", ", unreachable));
    }

    /** The lab has no jtapi.ini listing services. */
    @Override
    public String[] getServices() {
        return new String[0];
    }
}
