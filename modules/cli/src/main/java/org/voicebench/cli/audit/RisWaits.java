package org.voicebench.cli.audit;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.voicebench.phone.cucm.RisListener;

/**
 * Prints RIS's waits on stderr during {@code --axl} discovery: RIS takes a few requests a minute, so a
 * discovery of thousands of phones waits more than it talks, and a silent pause of a minute after a
 * rate-limit fault looks like a hang. Pace waits under a second are not worth a line.
 */
final class RisWaits implements RisListener {

    private final PrintWriter err;
    private final int perMinute;

    RisWaits(PrintWriter err, int perMinute) {
        this.err = err;
        this.perMinute = perMinute;
    }

    @Override
    public void waiting(Wait why, Duration wait, int namesDone, int namesTotal) {
        if (why == Wait.PACE && wait.compareTo(Duration.ofSeconds(1)) < 0) {
            return;
        }
        String seconds = String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
        err.println("[ris " + namesDone + "/" + namesTotal + "] " + (why == Wait.PACE
                ? "waiting " + seconds + ": RIS takes " + perMinute + " requests a minute (--ris-rate)"
                : "CUCM said the RIS rate was exceeded; waiting " + seconds + " before asking again"));
        err.flush();
    }
}
