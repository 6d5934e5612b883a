package org.voicebench.audit.ui;

import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.FixPlan;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.KeyRoutes;

/**
 * How a fix's keys reach the phones: the web servers only, or also CTI (the options' or the Phone Lab's). Swing-free:
 * {@link AuditSession} plans with {@link #cti()} and opens what a fix needs on the fix's background thread.
 */
interface FixKeys {

    /** No CTI: every key over the web, phones that would need CTI told so. */
    FixKeys WEB = new FixKeys() {
        @Override
        public boolean cti() {
            return false;
        }

        @Override
        public String describe() {
            return "";
        }

        @Override
        public Opened open(FixPlan plan) {
            return Opened.of(KeyRoutes.withoutCti(TransportMode.AUTO), AuditCucm.none(), () -> { });
        }
    };

    /** True when CTI can be used now: fixes are then planned with it. Any thread. */
    boolean cti();

    /** Which CTI, for the window (e.g. {@code vb-cti@127.0.20.1:40123}); "" without. */
    String describe();

    /**
     * Opens what the plan's keys need (the CTI provider, and what tells that a phone erased over CTI came back), on
     * the fix's background thread.
     *
     * @throws CtiException when CTI cannot be used: no phone has been touched
     */
    Opened open(FixPlan plan) throws CtiException;

    /** What a fix uses, closed when it ends. */
    interface Opened extends AutoCloseable {

        /** Which way each phone's keys go. */
        KeyRoutes routes();

        /** What is known of CUCM for the fix (the registrations of phones erased over CTI), or none. */
        AuditCucm cucm();

        /** Shuts the provider down and closes what was opened; never throws. */
        @Override
        void close();

        static Opened of(KeyRoutes routes, AuditCucm cucm, Runnable close) {
            return new Opened() {
                @Override
                public KeyRoutes routes() {
                    return routes;
                }

                @Override
                public AuditCucm cucm() {
                    return cucm;
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }
}
