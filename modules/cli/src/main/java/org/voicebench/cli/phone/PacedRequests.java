package org.voicebench.cli.phone;

import java.util.List;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;

/**
 * Sends several Execute requests one after the other, waiting between them (phones drop keys
 * that come faster than their UI follows), and stops at the first failure: what the phone shows
 * after it is unknown, so the next key could do harm.
 */
final class PacedRequests {

    /** One request for one argument. */
    @FunctionalInterface
    interface Request {
        ExecuteResult send(Phone phone, String argument) throws PhoneException;
    }

    private PacedRequests() {
    }

    /** A usage error for a negative {@code --delay}, raised before anything is sent. */
    static void requireValidDelay(PhoneTarget target, long delayMillis) {
        if (delayMillis < 0) {
            throw target.usage("--delay must not be negative, not " + delayMillis);
        }
    }

    /** Prints {@code ADDRESS: URI: Data} per accepted request; returns 0, or 1 after printing the failure. */
    static int send(PhoneTarget target, Phone phone, List<String> arguments, long delayMillis, Request request) {
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0 && delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    target.err().println(phone.address() + ": interrupted before " + arguments.get(i));
                    return PhoneCommand.FAILED;
                }
            }
            try {
                ExecuteResult r = request.send(phone, arguments.get(i));
                target.out().println(phone.address() + ": " + r.uri() + ": " + r.data());
            } catch (PhoneException e) {
                target.out().flush();
                return target.report(e);
            }
        }
        return 0;
    }
}
