package org.voicebench.phone.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.model.ModelProfile;

/**
 * One phone of a {@link PhoneLab}: its identity and address, and a handle to inspect and change its
 * state (screen, trust lists, conditions, reboots). Thread-safe.
 */
public final class SimulatedPhone {

    private static final Logger LOG = Logger.getLogger(SimulatedPhone.class.getName());

    private final int index;
    private final String mac;
    private final String phoneNumber;
    private final PhoneEndpoint endpoint;
    private final LabRuntime lab;
    private final PhoneDevice device;
    private final PhoneHttpHandler handler;
    private final Tftp tftp;
    private final RequestLog tftpRequests = new RequestLog();
    private final TrustListBoot boot;
    private final CtiReceiver cti = new CtiReceiver(this);
    private boolean rebooting;
    private boolean stopped;
    private int reboots;
    /** What CUCM holds for it and it has not taken yet (taken at a restart it trusts the signer of), or null. */
    private volatile ConfigurationOffer offered;
    /** Phone Personalization as CUCM holds it after an AXL updatePhone, taken at the next restart; null: none pending. */
    private volatile Boolean personalizationOffered;

    /**
     * Where the phone gets its trust lists after a restart ({@link TrustListBoot}).
     *
     * @param server    the TFTP server's name, as the network pages show it
     * @param files     what the server serves now by file name, null for a file it does not have (the
     *                  node's own lookup, as its TFTP and HTTP servers answer)
     * @param mixedMode whether the cluster runs in mixed mode (the phone then also asks {@code CTLFile.tlv})
     */
    record Tftp(String server, Function<String, byte[]> files, boolean mixedMode) {
    }

    SimulatedPhone(int index, ModelProfile model, String mac, String phoneNumber, InetSocketAddress address,
                   PhoneConditions conditions, Tftp tftp, LabRuntime lab) {
        this.index = index;
        this.tftp = tftp;
        this.mac = mac;
        this.phoneNumber = phoneNumber;
        this.lab = lab;
        this.endpoint = new PhoneEndpoint(address, lab.workers);
        this.device = new PhoneDevice(model, phoneNumber, conditions, this::restartAfterMessage);
        this.handler = new PhoneHttpHandler(this, lab);
        this.boot = new TrustListBoot(name(), mac, tftp, tftpRequests);
    }

    /** Position in the lab, from 0. */
    public int index() {
        return index;
    }

    /** The model profile the phone simulates. */
    public ModelProfile profile() {
        return device.model();
    }

    /** The model number the phone reports, e.g. {@code CP-7965G}. */
    public String modelNumber() {
        return modelNumber(device.model());
    }

    /** 12 upper-case hex digits, no separators. */
    public String mac() {
        return mac;
    }

    /** {@code SEP<MAC>}. */
    public String name() {
        return "SEP" + mac;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    /** A serial number derived from the MAC. */
    public String serialNumber() {
        return "FCH" + mac.substring(4);
    }

    /** Where the phone's web server listens (or would, while web access is off). */
    public InetSocketAddress address() {
        return endpoint.address();
    }

    /** {@code host:port}, as the CLI and the client's PhoneAddress take it. */
    public String hostAndPort() {
        return endpoint.address().getAddress().getHostAddress() + ":" + endpoint.address().getPort();
    }

    /** The FQDN of the phone's TFTP server (and CallManager), e.g. {@code cucm-sub1.lab.example.com}. */
    public String tftpServer() {
        return tftp.server();
    }

    /** What the display shows now. */
    public Screen screen() {
        return device.screen();
    }

    /** The encoded screenshot, as {@code /CGI/Screenshot} serves it. */
    public byte[] screenshot() {
        return device.screenshot().clone();
    }

    /** The background a setBackground installed (as downloaded), or empty for the firmware's own. */
    public Optional<BufferedImage> background() {
        return Optional.ofNullable(device.background());
    }

    /** The ring tone a setRingTone installed, as downloaded ({@code .raw} or {@code .rwb} bytes), or empty. */
    public Optional<byte[]> ringTone() {
        return Optional.ofNullable(device.ringTone()).map(t -> t.bytes().clone());
    }

    public boolean hasItl() {
        return device.trust().itl() != null;
    }

    /** A copy of the installed ITL. */
    public Optional<byte[]> itl() {
        return Optional.ofNullable(device.trust().itl()).map(i -> i.bytes().clone());
    }

    /** Upper-case hex SHA-1 of the installed ITL. */
    public Optional<String> itlSha1() {
        return Optional.ofNullable(device.trust().itl()).map(TrustStore.Installed::sha1);
    }

    /** Upper-case hex MD5 of the installed ITL. */
    public Optional<String> itlMd5() {
        return Optional.ofNullable(device.trust().itl()).map(TrustStore.Installed::md5);
    }

    /** The name the installed ITL was downloaded as ({@code ITLFile.tlv}, {@code ITLSEP<MAC>.tlv}), as its page shows it. */
    public Optional<String> itlFileName() {
        return Optional.ofNullable(device.trust().itl()).map(TrustStore.Installed::fileName);
    }

    /**
     * The status its last restart's trust-list update left on the idle screen: "Trust List update failed" when
     * it refused its TFTP server's ITL and kept its own ({@link ItlUpdateRule}), else "".
     */
    public String trustListStatus() {
        return device.trust().updateStatus();
    }

    /**
     * The files the phone asked its TFTP server for at its restarts, oldest first (the last
     * {@value RequestLog#CAPACITY}): per restart {@code CTLSEP<MAC>.tlv}, {@code ITLSEP<MAC>.tlv}, then
     * {@code ITLFile.tlv} when it has no per-phone ITL.
     */
    public List<String> tftpRequests() {
        return tftpRequests.names();
    }

    public boolean hasCtl() {
        return device.trust().ctl() != null;
    }

    /** Installs an ITL (null removes it), as a TFTP download would. */
    public void installItl(byte[] bytes) {
        device.trust().installItl(bytes);
    }

    /** Installs a CTL (null removes it). */
    public void installCtl(byte[] bytes) {
        device.trust().installCtl(bytes);
    }

    public PhoneConditions conditions() {
        return device.conditions();
    }

    /** Changes the conditions at once; turning web access off closes the server, on binds it again. */
    public void setConditions(PhoneConditions conditions) throws IOException {
        device.setConditions(conditions);
        synchronized (this) {
            if (rebooting) {
                return;
            }
        }
        if (conditions.webAccess()) {
            endpoint.bind(handler);
        } else {
            endpoint.unbind();
        }
    }

    /** Key presses accepted so far. */
    public int acceptedKeys() {
        return device.acceptedKeys();
    }

    /** Key presses discarded (too fast after the previous one, or during a call). */
    public int droppedKeys() {
        return device.droppedKeys();
    }

    /** True while the web server is listening (during a restart too, when it answers nothing). */
    public boolean listening() {
        return endpoint.bound();
    }

    /**
     * The resets confirmed on the phone's Reset settings menu other than Security settings ("Reset device",
     * "All settings", ...), oldest first, since the lab started: each restarted the phone and kept its trust
     * list. Tests assert that nothing meant to erase the trust list lands here.
     */
    public List<String> confirmedResets() {
        return device.confirmedResets();
    }

    /**
     * The keypad characters ({@code 0-9 * #}) keyed on the dialling screen since the lab started: where
     * the digits of a menu sequence land when its menu is not open (a real phone dials them).
     */
    public String dialledDigits() {
        return device.dialledDigits();
    }

    public synchronized boolean rebooting() {
        return rebooting;
    }

    /**
     * True while the phone is registered with CUCM: not while it restarts, not after its lab stopped. Its CTI
     * terminal is in service exactly then; web access plays no part.
     */
    public synchronized boolean registered() {
        return !rebooting && !stopped;
    }

    /** Completed restarts since the lab started. */
    public synchronized int rebootCount() {
        return reboots;
    }

    /**
     * Restarts the phone now: for the lab's reboot time its address accepts connections and answers
     * nothing (no "connection refused": a restarting phone is silent); the connections it held are closed
     * when it is back. Returns at once.
     */
    public void reboot() {
        synchronized (this) {
            if (rebooting) {
                return;
            }
            rebooting = true;
        }
        lab.timers.schedule(this::finishReboot, lab.rebootTime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until the phone is not rebooting.
     *
     * @return false when the timeout passed first
     */
    public synchronized boolean awaitReady(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (rebooting) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * True while CUCM holds a configuration for the phone that it has not taken: it restarted since (or was never
     * restarted) and did not trust the signer of its configuration file.
     */
    public boolean configurationPending() {
        return offered != null;
    }

    ConfigurationOffer offeredConfiguration() {
        return offered;
    }

    /** CUCM changed the phone's configuration (AXL updatePhone): it is taken at the next restart the phone trusts. */
    void offerConfiguration(ConfigurationOffer offer) {
        offered = offer;
    }

    /** CUCM changed the phone's Phone Personalization (AXL updatePhone): taken at its next restart. */
    void offerPersonalization(boolean on) {
        personalizationOffered = on;
    }

    /** Phone Personalization as AXL shows it: what CUCM holds for the phone, taken or not. */
    boolean personalizationInCucm() {
        Boolean pending = personalizationOffered;
        return pending != null ? pending : device.conditions().personalization();
    }

    PhoneDevice device() {
        return device;
    }

    CtiReceiver cti() {
        return cti;
    }

    /** The ITL its TFTP server serves it now, for the HTTPS Authentication URL check; null when none. */
    byte[] servedItl() {
        return boot.servedItl();
    }

    /** Binds the server when web access is on (lab start). */
    void start() throws IOException {
        if (device.conditions().webAccess()) {
            endpoint.bind(handler);
        }
    }

    void stop() {
        synchronized (this) {
            stopped = true;
        }
        endpoint.close();
    }

    /** After an erase or a reset confirmed on the menus: the message shows for a while, then the restart. */
    private void restartAfterMessage() {
        synchronized (this) {
            if (rebooting) {
                return;
            }
        }
        lab.timers.schedule(this::reboot, lab.eraseMessageTime.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Back up: the phone asks its TFTP server for its trust lists ({@link TrustListBoot}), takes the configuration
     * CUCM offers when it trusts its signer ({@link ConfigFileTrust}), and drops the
     * connections it held. The rebind and the end of the restart happen under this phone's lock,
     * so that no request reaches the new server while the phone still counts as restarting (it would be
     * held forever).
     */
    private void finishReboot() {
        boot.run(device.trust());
        ConfigurationOffer offer = offered;
        if (offer != null && offer.trusted(device.trust().itl(), boot.servedItl())) {
            device.setConditions(offer.applyTo(device.conditions()));
            offered = null;
        }
        Boolean personalization = personalizationOffered;
        if (personalization != null) { // a field of the configuration file: taken at any restart (assumed)
            device.setConditions(device.conditions().withPersonalization(personalization));
            personalizationOffered = null;
        }
        device.restarted();
        synchronized (this) {
            try {
                if (device.conditions().webAccess()) {
                    endpoint.rebind(handler);
                } else {
                    endpoint.unbind();
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, name() + " could not listen again on " + hostAndPort() + " after its restart", e);
            }
            rebooting = false;
            reboots++;
            notifyAll();
        }
    }

    static String modelNumber(ModelProfile p) {
        List<String> numbers = p.modelNumbers();
        return numbers.isEmpty() ? "CP-" + p.model() : numbers.get(0);
    }

    @Override
    public String toString() {
        return name() + " " + modelNumber() + " at " + hostAndPort();
    }
}
