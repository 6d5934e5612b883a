package org.voicebench.phone.sim;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.voicebench.phone.model.ModelProfile;

/**
 * The state of one simulated phone and what its Execute items do: keys (with the model's key set and
 * aliases, the UI latency and the busy condition), Init:, Dial: and the other internal URIs. Thread-safe:
 * every state change happens under this object's lock.
 */
final class PhoneDevice {

    private final ModelProfile model;
    private final TrustStore trust = new TrustStore();
    private final MenuMachine menus;
    private volatile PhoneConditions conditions;
    private SplittableRandom random;
    private long lastKeyNanos;
    private boolean anyKey;
    private int acceptedKeys;
    private int droppedKeys;
    private volatile Shot shot;
    /** The background a setBackground installed, drawn behind the screen; null: the firmware's own. */
    private volatile BufferedImage background;
    private volatile RingTone ringTone;

    private record Shot(Screen screen, BufferedImage background, byte[] bytes) {
    }

    /** A ring tone a setRingTone installed: its form ({@code raw}, {@code rwb}) and bytes. */
    record RingTone(String form, byte[] bytes) {
    }

    /** @param restart called when an erase or a reset confirmed on the menus wants the phone restarted */
    PhoneDevice(ModelProfile model, String lineNumber, PhoneConditions conditions, Runnable restart) {
        this.model = model;
        this.conditions = conditions;
        this.random = new SplittableRandom(conditions.seed());
        this.menus = new MenuMachine(model, () -> this.conditions, trust, lineNumber, restart);
    }

    ModelProfile model() {
        return model;
    }

    TrustStore trust() {
        return trust;
    }

    PhoneConditions conditions() {
        return conditions;
    }

    synchronized void setConditions(PhoneConditions c) {
        if (c.seed() != conditions.seed()) {
            random = new SplittableRandom(c.seed());
        }
        conditions = c;
    }

    /** A number in [0, 1) from the phone's seeded sequence (for random errors and drops). */
    synchronized double nextRandom() {
        return random.nextDouble();
    }

    synchronized List<CiscoXml.Item> execute(List<String> urls, long nowNanos) {
        List<CiscoXml.Item> out = new ArrayList<>(urls.size());
        for (String url : urls) {
            out.add(executeOne(url, nowNanos));
        }
        return out;
    }

    private CiscoXml.Item executeOne(String url, long nowNanos) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return new CiscoXml.Item(1, "Invalid URI", url);
        }
        String scheme = url.substring(0, colon);
        String rest = url.substring(colon + 1);
        switch (scheme) {
            case "Key" -> {
                press(rest, nowNanos);
                return CiscoXml.Item.success(url);
            }
            case "Init" -> {
                if (!List.of("Services", "Messages", "Directories", "CallHistory", "Settings", "Applications")
                        .contains(rest)) {
                    return new CiscoXml.Item(6, "URI not found", url);
                }
                menus.init();
                return CiscoXml.Item.success(url);
            }
            case "Dial" -> {
                if (!rest.matches("[0-9*#+]{1,32}")) {
                    return new CiscoXml.Item(1, "Invalid URI", url);
                }
                menus.dial(rest);
                return CiscoXml.Item.success(url);
            }
            case "SendDigits" -> {
                return menus.inCall() ? CiscoXml.Item.success(url) : new CiscoXml.Item(6, "No Active Call", url);
            }
            case "Play", "Device" -> {
                return CiscoXml.Item.success(url);
            }
            case "Display" -> {
                return rest.matches("(On|Off|Default)(:[0-9]+)?") ? CiscoXml.Item.success(url)
                        : new CiscoXml.Item(1, "Invalid URI", url);
            }
            case "http", "https" -> {
                // the simulator fetches nothing on behalf of a request
                return new CiscoXml.Item(6, "URI not found", url);
            }
            default -> {
                // includes SoftKey: and Notify:, which a phone refuses inside Execute
                return new CiscoXml.Item(1, "Invalid URI", url);
            }
        }
    }

    /** Keys the model lacks, keys during a call and keys sooner than the UI latency are discarded silently. */
    private void press(String name, long nowNanos) {
        String key = model.resolveKey(name).orElse(null);
        if (key == null) {
            return;
        }
        PhoneConditions c = conditions;
        if (c.busy()) {
            droppedKeys++;
            return;
        }
        long latency = c.uiLatency().toNanos();
        if (anyKey && latency > 0 && nowNanos - lastKeyNanos < latency) {
            droppedKeys++;
            return;
        }
        anyKey = true;
        lastKeyNanos = nowNanos;
        acceptedKeys++;
        menus.press(key);
    }

    synchronized Screen screen() {
        return menus.screen();
    }

    /** The encoded screenshot; re-rendered only when the screen changed. */
    byte[] screenshot() {
        Screen s = screen();
        BufferedImage shown = background;
        Shot cached = shot;
        if (cached != null && cached.screen().equals(s) && cached.background() == shown) {
            return cached.bytes();
        }
        BufferedImage img = ScreenRenderer.render(s, model, shown);
        byte[] bytes = ScreenRenderer.encode(img, model);
        shot = new Shot(s, shown, bytes);
        return bytes;
    }

    void showBackground(BufferedImage image) {
        background = image;
    }

    BufferedImage background() {
        return background;
    }

    void keepRingTone(String form, byte[] bytes) {
        ringTone = new RingTone(form, bytes.clone());
    }

    RingTone ringTone() {
        return ringTone;
    }

    synchronized void restarted() {
        menus.reset();
        anyKey = false;
    }

    synchronized List<String> confirmedResets() {
        return menus.confirmedResets();
    }

    synchronized String dialledDigits() {
        return menus.dialledDigits();
    }

    synchronized int acceptedKeys() {
        return acceptedKeys;
    }

    synchronized int droppedKeys() {
        return droppedKeys;
    }
}
