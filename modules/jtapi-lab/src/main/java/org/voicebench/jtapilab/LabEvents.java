package org.voicebench.jtapilab;

import com.cisco.jtapi.extensions.CiscoTermInServiceEv;
import com.cisco.jtapi.extensions.CiscoTermOutOfServiceEv;
import javax.telephony.Provider;
import javax.telephony.Terminal;
import javax.telephony.events.Ev;
import javax.telephony.events.ProvEv;
import javax.telephony.events.ProvInServiceEv;
import javax.telephony.events.ProvOutOfServiceEv;
import javax.telephony.events.ProvShutdownEv;
import javax.telephony.events.TermEv;

/** The events the lab provider delivers, one class per JTAPI event interface (clients test with instanceof). */
final class LabEvents {

    private LabEvents() {
    }

    static ProvEv providerInService(Provider p) {
        return new InService(p);
    }

    static ProvEv providerOutOfService(Provider p) {
        return new OutOfService(p);
    }

    static ProvEv providerShutdown(Provider p) {
        return new Shutdown(p);
    }

    static TermEv terminal(Terminal t, boolean inService) {
        return inService ? new TermInService(t) : new TermOutOfService(t);
    }

    private abstract static class Base implements Ev {
        private final int id;
        private final Object observed;

        Base(int id, Object observed) {
            this.id = id;
            this.observed = observed;
        }

        @Override
        public int getID() {
            return id;
        }

        @Override
        public int getCause() {
            return CAUSE_NORMAL;
        }

        @Override
        public Object getObserved() {
            return observed;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "[" + id + "] " + observed;
        }
    }

    private abstract static class ProviderEvent extends Base implements ProvEv {
        ProviderEvent(int id, Provider p) {
            super(id, p);
        }

        @Override
        public Provider getProvider() {
            return (Provider) getObserved();
        }
    }

    private abstract static class TerminalEvent extends Base implements TermEv {
        TerminalEvent(int id, Terminal t) {
            super(id, t);
        }

        @Override
        public Terminal getTerminal() {
            return (Terminal) getObserved();
        }
    }

    private static final class InService extends ProviderEvent implements ProvInServiceEv {
        InService(Provider p) {
            super(ID, p);
        }
    }

    private static final class OutOfService extends ProviderEvent implements ProvOutOfServiceEv {
        OutOfService(Provider p) {
            super(ID, p);
        }
    }

    private static final class Shutdown extends ProviderEvent implements ProvShutdownEv {
        Shutdown(Provider p) {
            super(ID, p);
        }
    }

    private static final class TermInService extends TerminalEvent implements CiscoTermInServiceEv {
        TermInService(Terminal t) {
            super(ID, t);
        }
    }

    private static final class TermOutOfService extends TerminalEvent implements CiscoTermOutOfServiceEv {
        TermOutOfService(Terminal t) {
            super(ID, t);
        }
    }
}
