package org.voicebench.cti.ui.api;

import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.openide.util.Lookup;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;

/**
 * Key presses over CUCM CTI, as configured in Tools &gt; Options &gt; CTI (or offered by the running Phone Lab), for
 * the windows that press keys: the Trust Audit's fix, the macro runner, the remote view's keypad. Swing-free;
 * {@link #open} blocks and is for background threads only.
 */
public interface CtiConfiguration {

    /** The CTI that can be used now: the options' when complete, else the running lab's, else empty. */
    Optional<CtiAccess> current();

    /** The transport the options choose by default for runs (web, cti or auto; auto when never set). */
    TransportMode transport();

    /**
     * Whether the user asked to add the run's phones to the CTI user's controlled devices for the run (and restore the
     * list after). It needs the phones to come from CUCM (AXL), as the command line's {@code audit --axl} has them.
     */
    boolean associate();

    /**
     * Loads the jar, logs in with the saved password (the lab's for the lab's CTI) and waits until the provider is in
     * service. Never on the Swing thread. The caller closes the provider.
     *
     * @throws CtiException naming what failed: no saved password or a stopped lab ({@code NOT_CONFIGURED}), the jar,
     *                      the hosts, the login
     * @throws IllegalStateException on the Swing thread
     */
    CtiProvider open(CtiAccess access) throws CtiException;

    /** Told (on any thread) when the options are saved or the lab starts or stops: read {@link #current()} again. */
    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);

    /** The application's service, or null when the CTI module is not enabled. */
    static CtiConfiguration getDefault() {
        return Lookup.getDefault().lookup(CtiConfiguration.class);
    }
}
