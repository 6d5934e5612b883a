package org.voicebench.phone.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;

/**
 * Finds the phones of an address range by asking each address for {@code DeviceInformationX}
 * (read-only, no credentials), at most {@code concurrency} at a time and at most
 * {@code perSecond} new requests a second, so a scan never floods a voice VLAN. An address that
 * does not answer as a phone is counted as silent.
 */
public final class RangeScan {

    /**
     * What a scan found.
     *
     * @param phones the phones that answered, in address order (name: host name, e.g. SEP...; model from the phone)
     * @param probed addresses asked
     * @param silent addresses that did not answer as a phone (nothing there, web server off, not a phone)
     */
    public record Result(List<PhoneEntry> phones, int probed, int silent) {

        public Result {
            phones = List.copyOf(phones);
        }
    }

    private final PhoneClient client;
    private final int port;
    private final int concurrency;
    private final long intervalNanos;
    private final Duration requestBound;

    /**
     * @param client the client (its timeouts bound each probe)
     * @param port the phones' web port (80 on real phones)
     * @param concurrency probes in flight at most (1 to 256)
     * @param perSecond new probes a second at most (0.1 to 1,000)
     * @param requestBound the longest one probe can take (the client's connect plus response timeout)
     */
    public RangeScan(PhoneClient client, int port, int concurrency, double perSecond, Duration requestBound) {
        this.client = Objects.requireNonNull(client, "client");
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency must be 1 to 256: " + concurrency);
        }
        if (perSecond < 0.1 || perSecond > 1000) {
            throw new IllegalArgumentException("rate must be 0.1 to 1000 probes a second: " + perSecond);
        }
        this.port = port;
        this.concurrency = concurrency;
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
        this.requestBound = Objects.requireNonNull(requestBound, "requestBound");
    }

    /**
     * Scans the range; {@code found} hears each phone as it answers (on a scan thread).
     *
     * @throws InterruptedException when interrupted: probes in flight finish, no new ones start
     */
    public Result scan(AddressRange range, Consumer<PhoneEntry> found) throws InterruptedException {
        Map<Long, PhoneEntry> phones = new ConcurrentSkipListMap<>();
        AtomicInteger silent = new AtomicInteger();
        Semaphore slots = new Semaphore(concurrency);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "range-scan");
            t.setDaemon(true);
            return t;
        });
        int probed = 0;
        try {
            long next = System.nanoTime();
            long index = 0;
            for (String host : range) {
                slots.acquire();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next = Math.max(next, System.nanoTime()) + intervalNanos;
                long position = index++;
                probed++;
                workers.execute(() -> {
                    try {
                        probe(host).ifPresentOrElse(e -> {
                            phones.put(position, e);
                            found.accept(e);
                        }, silent::incrementAndGet);
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            workers.shutdown();
            // every probe is bounded by the client's timeouts; twice that is a safe bound for the last ones
            if (!workers.awaitTermination(requestBound.toMillis() * 2 + 5_000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        }
        return new Result(new ArrayList<>(phones.values()), probed, silent.get());
    }

    private Optional<PhoneEntry> probe(String host) {
        PhoneAddress address = new PhoneAddress(host, port);
        try {
            DeviceInformation d = client.phone(address).deviceInformation();
            String name = d.hostName() == null ? "" : d.hostName();
            String model = d.modelNumber() == null ? "" : d.modelNumber();
            return Optional.of(new PhoneEntry(address, name, "", model, ""));
        } catch (PhoneException e) {
            return Optional.empty();
        }
    }
}
