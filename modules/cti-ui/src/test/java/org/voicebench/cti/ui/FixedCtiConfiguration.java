package org.voicebench.cti.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;

/**
 * CTI as the options would give it, for the windows' tests: the lab stand-in jar on a lab CTI service, the password
 * known to the test (the options keep it in the Keyring).
 */
public record FixedCtiConfiguration(CtiSettings settings, String password, TransportMode transport)
        implements CtiConfiguration {

    /** The stand-in jar on the test class path (jtapi-lab), as the user's jtapi.jar would be. */
    public static Path standInJar() {
        try {
            return Path.of(Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the jtapi-lab stand-in is not on the test class path", e);
        }
    }

    /** The stand-in on {@code host} for {@code user}, keys {@code gap} apart, transport auto. */
    public static FixedCtiConfiguration lab(String host, String user, String password, Duration gap) {
        return new FixedCtiConfiguration(CtiSettings.of(standInJar(), List.of(host), user).withKeyGap(gap), password,
                TransportMode.AUTO);
    }

    @Override
    public Optional<CtiAccess> current() {
        return Optional.of(new CtiAccess(settings, false));
    }

    @Override
    public boolean associate() {
        return false;
    }

    @Override
    public CtiProvider open(CtiAccess access) throws CtiException {
        return CtiProvider.open(access.settings(), password.toCharArray());
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
    }
}
