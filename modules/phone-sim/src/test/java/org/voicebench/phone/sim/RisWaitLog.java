package org.voicebench.phone.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisListener;

/** The waits a RIS client told, by reason, for tests; with {@link #noSleeping} the client never really sleeps. */
final class RisWaitLog implements RisListener {

    final List<Duration> pace = new CopyOnWriteArrayList<>();
    final List<Duration> rateLimited = new CopyOnWriteArrayList<>();
    final List<String> progress = new CopyOnWriteArrayList<>();

    @Override
    public void waiting(Wait why, Duration wait, int namesDone, int namesTotal) {
        (why == Wait.PACE ? pace : rateLimited).add(wait);
        progress.add(namesDone + "/" + namesTotal);
    }

    /** The builder told of every wait, with a sleeper that returns at once. */
    RisClient.Builder noSleeping(RisClient.Builder b) {
        return b.listener(this).sleeper(d -> { });
    }
}
