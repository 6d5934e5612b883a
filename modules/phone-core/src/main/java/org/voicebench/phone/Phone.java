package org.voicebench.phone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.w3c.dom.Element;

/**
 * One phone as seen through a {@link PhoneClient}. Cheap to create; every call is one HTTP
 * request, queued behind any other request to the same phone.
 */
public final class Phone {

    private static final int MAX_XML = 1 << 20;
    private static final int MAX_IMAGE = 16 << 20;

    private final Transport transport;
    private final PhoneAddress address;
    private final ModelProfile profile;
    /** Where keys and URIs go; null: the phone's own web server. */
    private final KeyChannel keys;

    Phone(Transport transport, PhoneAddress address, ModelProfile profile) {
        this(transport, address, profile, null);
    }

    private Phone(Transport transport, PhoneAddress address, ModelProfile profile, KeyChannel keys) {
        this.transport = transport;
        this.address = address;
        this.profile = profile;
        this.keys = keys;
    }

    /** This phone with its keys and URIs sent through {@code channel}; reads still use its web server. */
    public Phone over(KeyChannel channel) {
        return new Phone(transport, address, profile, java.util.Objects.requireNonNull(channel, "channel"));
    }

    /** How this phone's keys and URIs are sent. */
    public KeyTransport keyTransport() {
        return keys == null ? KeyTransport.WEB : keys.transport();
    }

    public PhoneAddress address() {
        return address;
    }

    /** The model profile used to resolve key aliases, if the model is known. */
    public Optional<ModelProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /** This phone with the profile matching the model it reports in DeviceInformationX (unchanged if unknown). */
    public Phone identify(ModelProfiles profiles) throws PhoneException {
        String model = deviceInformation().modelNumber();
        return profiles.find(model).map(p -> new Phone(transport, address, p, keys)).orElse(this);
    }

    /**
     * This phone with the profile of the model it reported (e.g. from a DeviceInformationX already read),
     * without a request; unchanged when the model is unknown.
     */
    public Phone withModel(String reportedModel, ModelProfiles profiles) {
        if (reportedModel == null) {
            return this;
        }
        return profiles.find(reportedModel).map(p -> new Phone(transport, address, p, keys)).orElse(this);
    }

    /**
     * Runs one URI on the phone ({@code Key:Settings}, {@code Init:Services}, {@code Dial:1234}, ...)
     * with a CiscoIPPhoneExecute object holding exactly one ExecuteItem, because phones do not keep
     * the order of several. It goes through this phone's {@link #keyTransport() key transport}.
     *
     * @throws PhoneException {@link PhoneFailure#URI_REJECTED} with the phone's Data when it refuses
     *                        the URI, or any transport or authentication failure
     */
    public ExecuteResult execute(String uri) throws PhoneException {
        if (!ExecuteSyntax.isUri(uri)) {
            throw new IllegalArgumentException("not an Execute URI: it must be SCHEME:VALUE, 1.." + ExecuteSyntax.MAX_URI
                    + " characters without control characters");
        }
        String xml = "<CiscoIPPhoneExecute><ExecuteItem Priority=\"0\" URL=\"" + escape(uri) + "\"/></CiscoIPPhoneExecute>";
        if (keys != null) {
            return keys.send(uri, xml);
        }
        Transport.Answer a = transport.postForm(address, "/CGI/Execute", "Execute " + uri,
                "XML=" + URLEncoder.encode(xml, StandardCharsets.UTF_8), MAX_XML);
        return Replies.execute(address, uri, a);
    }

    /**
     * Runs one XML object such as {@code <setBackground>} on the phone: posted to {@code /CGI/Execute} with
     * the phone's credentials, or, when this phone's keys go through a {@link KeyChannel} ({@link #over}), delivered
     * through it as it is (over CTI: by CUCM, with no answer; the object names URLs the phone fetches itself, so a
     * caller learns whether it ran from those fetches).
     *
     * @return the phone's ResponseItem when it accepted the object; over CTI an {@link ExecuteResult#unconfirmed}
     * @throws PhoneException {@link PhoneFailure#URI_REJECTED} with the phone's own words as
     *                        {@link PhoneException#detail()} when it refused the object (a ResponseItem Status 1 or 6,
     *                        or the {@code <type>}/{@code <data>} error form of some firmware), or any transport,
     *                        CiscoIPPhoneError or authentication failure
     */
    public ExecuteResult execute(PhoneObject object) throws PhoneException {
        if (keys != null) {
            return keys.send(object.toString(), object.xml());
        }
        Transport.Answer a = transport.postForm(address, "/CGI/Execute", "Execute " + object,
                "XML=" + URLEncoder.encode(object.xml(), StandardCharsets.UTF_8), MAX_XML);
        return Replies.object(address, object.toString(), a);
    }

    /**
     * Presses a key: {@code execute("Key:" + name)}, where the name is first resolved through the
     * model's aliases when the model is known ({@code Hold} becomes {@code FixedFeature3} on an 8845).
     * A name the model lacks is sent unchanged; the phone ignores it, as real phones do.
     */
    public ExecuteResult press(String key) throws PhoneException {
        if (!ExecuteSyntax.isKeyName(key)) {
            throw new IllegalArgumentException("not a key name: \"" + key + "\" (expected e.g. Settings, KeyPad4, Soft2)");
        }
        String name = profile == null ? key : profile.resolveKey(key).orElse(key);
        return execute("Key:" + name);
    }

    /** Takes a screenshot ({@code /CGI/Screenshot}): PNG on 78xx/88xx, BMP on 79xx. */
    public Screenshot screenshot() throws PhoneException {
        return ScreenshotDecoder.decode(address, transport.get(address, "/CGI/Screenshot", ScreenshotDecoder.WHAT, true, MAX_IMAGE));
    }

    /** Reads {@code /DeviceInformationX}. */
    public DeviceInformation deviceInformation() throws PhoneException {
        return DeviceInformation.of(XmlFields.flatten(info("/DeviceInformationX", "DeviceInformation")));
    }

    /** Reads {@code /NetworkConfigurationX} (79xx; no phone is known to show its ITL there). */
    public NetworkConfiguration networkConfiguration() throws PhoneException {
        return new NetworkConfiguration(XmlFields.flatten(info("/NetworkConfigurationX", "NetworkConfiguration")));
    }

    /**
     * Reads the HTML Network setup page, where real phones show {@code ITL file}, {@code ITL signature},
     * {@code CTL file} and {@code TFTP server 1}: the model's path first, the other families' after a 404.
     *
     * @throws PhoneException when the phone cannot be reached, or serves none of the known pages
     */
    public NetworkSetup networkSetup() throws PhoneException {
        Page page = firstPage(PagePaths.ordered(PagePaths.networkSetupOf(profile), PagePaths.NETWORK_SETUP),
                false, "the Network setup page");
        return NetworkSetup.fromHtml(page.path(), page.answer().body(), page.answer().contentType());
    }

    /**
     * Reads the XML form of the network page ({@code adapterX=} on 78xx/88xx, {@code NetworkConfigurationX} on
     * 79xx) into the same rows: an additional source when the HTML page cannot be read.
     */
    public NetworkSetup networkSetupXml() throws PhoneException {
        Page page = firstPage(PagePaths.NETWORK_SETUP_XML, false, "the network configuration XML");
        String what = "the request for " + page.path();
        Element root = Replies.xml(address, what, page.answer(), null);
        return new NetworkSetup(page.path(), XmlFields.flatten(root));
    }

    /**
     * Reads ModeInfo: what the screen shows. It needs web access and a user associated with the phone, so
     * credentials are sent; the model's path first ({@code /CGI/Java/ModeInfo}, 79xx {@code /CGI/ModeInfo}).
     */
    public ModeInfo modeInfo() throws PhoneException {
        Page page = firstPage(PagePaths.ordered(PagePaths.modeInfoOf(profile), PagePaths.MODE_INFO), true,
                "ModeInfo");
        return Replies.modeInfo(Replies.xml(address, "the request for " + page.path(), page.answer(), "CiscoIPPhoneModeInfo"));
    }

    private record Page(String path, Transport.Answer answer) {
    }

    /** The first of {@code paths} the phone does not answer with 404 (a 404 on all is a failure). */
    private Page firstPage(List<String> paths, boolean authenticate, String what) throws PhoneException {
        for (String path : paths) {
            Transport.Answer a = transport.get(address, path, "the request for " + path, authenticate, MAX_XML);
            if (a.status() != 404) {
                return new Page(path, a);
            }
        }
        throw Failures.unexpected(address, "the request for " + what, "HTTP 404 on every known path ("
                + String.join(", ", paths) + ")", "404");
    }

    /**
     * One GET as the phone answers it, without interpreting it (any status is returned, not thrown):
     * for captures. Credentials are sent only when {@code authenticate} is true.
     *
     * @param path an absolute path with an optional query, e.g. {@code /CGI/Java/Serviceability?adapter=device.statistics.configuration}
     * @throws PhoneException when no answer came (transport failures, cancellation)
     */
    public RawAnswer fetch(String path, boolean authenticate) throws PhoneException {
        if (path == null || !path.startsWith("/") || path.length() > 2048 || path.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("not a request path: it must start with / and hold no spaces or control characters");
        }
        Transport.Answer a = transport.get(address, path, "the request for " + path, authenticate, MAX_IMAGE);
        return new RawAnswer(path, a.status(), a.contentType(), a.body());
    }

    /** Information pages are public on real phones: no credentials are sent over plain HTTP for them. */
    private Element info(String path, String root) throws PhoneException {
        String what = "the request for " + path;
        return Replies.xml(address, what, transport.get(address, path, what, false, MAX_XML), root);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "Phone[" + address + (profile == null ? "" : ", " + profile.model()) + (keys == null ? "" : ", keys over " + keys.transport().id()) + "]";
    }
}
