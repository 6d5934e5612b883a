package org.voicebench.phone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
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
    /** The phone refuses objects over 40 KB; the URI is a small part of one. */
    private static final int MAX_URI = 4096;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Transport transport;
    private final PhoneAddress address;
    private final ModelProfile profile;

    Phone(Transport transport, PhoneAddress address, ModelProfile profile) {
        this.transport = transport;
        this.address = address;
        this.profile = profile;
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
        return profiles.find(model).map(p -> new Phone(transport, address, p)).orElse(this);
    }

    /**
     * Runs one URI on the phone ({@code Key:Settings}, {@code Init:Services}, {@code Dial:1234}, ...)
     * with a CiscoIPPhoneExecute object holding exactly one ExecuteItem, because phones do not keep
     * the order of several.
     *
     * @throws PhoneException {@link PhoneFailure#URI_REJECTED} with the phone's Data when it refuses
     *                        the URI, or any transport or authentication failure
     */
    public ExecuteResult execute(String uri) throws PhoneException {
        if (uri == null || uri.isBlank() || uri.length() > MAX_URI || uri.chars().anyMatch(c -> c < ' ')) {
            throw new IllegalArgumentException("not an Execute URI: it must be 1.." + MAX_URI + " characters without control characters");
        }
        String xml = "<CiscoIPPhoneExecute><ExecuteItem Priority=\"0\" URL=\"" + escape(uri) + "\"/></CiscoIPPhoneExecute>";
        Transport.Answer a = transport.postForm(address, "/CGI/Execute", "Execute " + uri,
                "XML=" + URLEncoder.encode(xml, StandardCharsets.UTF_8), MAX_XML);
        return Replies.execute(address, uri, a);
    }

    /**
     * Presses a key: {@code execute("Key:" + name)}, where the name is first resolved through the
     * model's aliases when the model is known ({@code Hold} becomes {@code FixedFeature3} on an 8845).
     * A name the model lacks is sent unchanged; the phone ignores it, as real phones do.
     */
    public ExecuteResult press(String key) throws PhoneException {
        if (key == null || !KEY.matcher(key).matches()) {
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

    /** Reads {@code /NetworkConfigurationX}. */
    public NetworkConfiguration networkConfiguration() throws PhoneException {
        return new NetworkConfiguration(XmlFields.flatten(info("/NetworkConfigurationX", "NetworkConfiguration")));
    }

    /** Reads {@code /CGI/Java/ModeInfo}: what the screen shows. */
    public ModeInfo modeInfo() throws PhoneException {
        return Replies.modeInfo(info("/CGI/Java/ModeInfo", "CiscoIPPhoneModeInfo"));
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
        return "Phone[" + address + (profile == null ? "" : ", " + profile.model()) + "]";
    }
}
