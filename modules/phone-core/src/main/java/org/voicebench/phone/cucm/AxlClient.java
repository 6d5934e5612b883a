package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * AXL on the publisher, in the schema version the server takes (asked with {@code getCCMVersion} on
 * first use, stepping down when refused): {@code listPhone} in pages of {@code first} phones from
 * {@code skip} until a short page (with a bound on the number of pages so a misbehaving server
 * cannot keep the client busy forever), {@code doDeviceReset} as a restart, and the Authentication
 * URLs the cluster gives its phones ({@code executeSQLQuery} on the enterprise parameters), and an
 * application user's controlled devices ({@code getAppUser}/{@code updateAppUser}) for CTI, and a phone's
 * product-specific configuration ({@code getPhone}, {@code updatePhone}, {@code applyPhone}) for the access campaign.
 * Thread-safe.
 */
public final class AxlClient {

    public static final String PATH = "/axl/";
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int DEFAULT_MAX_PAGES = 400;
    /** The enterprise parameter of the HTTP Authentication URL (<i>URL Authentication</i>); assumed name. */
    public static final String URL_AUTHENTICATION = "URLAuthentication";
    /**
     * How the secured one is found: its name is assumed to be {@code SecuredAuthenticationURL}, so any
     * enterprise parameter whose name holds "secure" and "authentication" is taken (a wrong guess of
     * the exact spelling still finds it).
     */
    public static final String SECURED_AUTHENTICATION_LIKE = "%secure%authentication%";

    private final AxlTransport axl;
    private final int pageSize;
    private final int maxPages;

    /**
     * @param pageSize phones per page ({@code first})
     * @param maxPages pages at most; more is {@link CucmFailure#TOO_MANY_RESULTS}
     */
    public AxlClient(CucmSession session, int pageSize, int maxPages) {
        this.axl = new AxlTransport(Objects.requireNonNull(session, "session"));
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("page size must be 1..10000, not " + pageSize);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("at least one page: " + maxPages);
        }
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    public AxlClient(CucmSession session) {
        this(session, DEFAULT_PAGE_SIZE, DEFAULT_MAX_PAGES);
    }

    /** The AXL schema version in use, e.g. {@code 14.0}; the first call asks the server. */
    public String schemaVersion() throws CucmException {
        return axl.version();
    }

    /** The server's release as {@code getCCMVersion} gives it, e.g. {@code 14.0.1.11900-132}. */
    public String cucmVersion() throws CucmException {
        return axl.release();
    }

    /**
     * Every phone whose name matches the pattern, in the server's order.
     *
     * @param namePattern AXL name criteria; {@code %} is the wildcard ({@code SEP%}, {@code %} for all)
     */
    public List<AxlPhone> listPhones(String namePattern) throws CucmException {
        Objects.requireNonNull(namePattern, "namePattern");
        List<AxlPhone> all = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            int skip = page * pageSize;
            List<AxlPhone> got = page(namePattern, skip);
            all.addAll(got);
            if (got.size() < pageSize) {
                return all;
            }
        }
        throw new CucmException(axl.host(), CucmFailure.TOO_MANY_RESULTS, "CUCM " + axl.host() + ": listPhone \""
                + namePattern + "\" still had full pages after " + maxPages + " pages of " + pageSize + " phones; narrow the"
                + " name pattern or raise the page limit", null, null);
    }

    /**
     * Restarts one device ({@code doDeviceReset} with {@code deviceResetType} Restart, not a hard
     * reset): the phone re-registers and reloads its configuration and trust files, and keeps its ITL.
     * CUCM answers at once; the phone restarts after.
     *
     * @param deviceName e.g. {@code SEP00BE75000001}
     */
    public void doDeviceReset(String deviceName) throws CucmException {
        Objects.requireNonNull(deviceName, "deviceName");
        if (deviceName.isBlank()) {
            throw new IllegalArgumentException("a device name is required");
        }
        axl.call("doDeviceReset", "<deviceName>" + SoapXml.escape(deviceName.strip()) + "</deviceName>"
                + "<isHardReset>false</isHardReset><isMGCP>false</isMGCP><deviceResetType>Restart</deviceResetType>",
                "AXL doDeviceReset (restart) of " + deviceName.strip());
    }

    /**
     * The Authentication URLs the cluster gives its phones, read from the enterprise parameters
     * ({@code executeSQLQuery} on {@code processconfig}: {@value #URL_AUTHENTICATION} and the secured one,
     * see {@link #SECURED_AUTHENTICATION_LIKE}).
     */
    public AuthenticationUrls authenticationUrls() throws CucmException {
        String sql = "select paramname, paramvalue from processconfig where paramname = '" + URL_AUTHENTICATION
                + "' or lower(paramname) like '" + SECURED_AUTHENTICATION_LIKE + "' order by paramname";
        Element response = axl.call("executeSQLQuery", "<sql>" + SoapXml.escape(sql) + "</sql>",
                "AXL executeSQLQuery (Authentication URL enterprise parameters)");
        Element ret = SoapXml.child(response, "return");
        String url = "";
        String secured = "";
        for (Element row : ret == null ? List.<Element>of() : SoapXml.children(ret, "row")) {
            String name = SoapXml.text(row, "paramname");
            String value = SoapXml.text(row, "paramvalue");
            if (URL_AUTHENTICATION.equalsIgnoreCase(name)) {
                url = value;
            } else if (name != null && secured.isEmpty()) {
                secured = value;
            }
        }
        return new AuthenticationUrls(url, secured);
    }

    /**
     * The devices an application user controls ({@code getAppUser}, {@code associatedDevices}), in CUCM's order.
     *
     * @throws CucmException when CUCM knows no such user, among the usual failures
     */
    public List<String> appUserDevices(String userId) throws CucmException {
        String what = "AXL getAppUser " + requireUser(userId);
        Element response = axl.call("getAppUser", "<userid>" + SoapXml.escape(userId.strip()) + "</userid>"
                + "<returnedTags><userid/><associatedDevices><device/></associatedDevices></returnedTags>", what);
        Element user = SoapXml.descendant(response, "appUser");
        if (user == null) {
            throw new CucmException(axl.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + axl.host() + " answered " + what
                    + " without return/appUser", null, null);
        }
        Element devices = SoapXml.child(user, "associatedDevices");
        List<String> out = new ArrayList<>();
        for (Element d : devices == null ? List.<Element>of() : SoapXml.children(devices, "device")) {
            String name = d.getTextContent() == null ? "" : d.getTextContent().strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Sets the devices an application user controls ({@code updateAppUser}): the list given REPLACES the user's
     * whole list, so callers read it first ({@link #appUserDevices}) and put it back afterwards. Roles are untouched.
     */
    public void setAppUserDevices(String userId, List<String> devices) throws CucmException {
        StringBuilder body = new StringBuilder("<userid>").append(SoapXml.escape(requireUser(userId))).append("</userid>")
                .append("<associatedDevices>");
        for (String d : devices) {
            body.append("<device>").append(SoapXml.escape(d.strip())).append("</device>");
        }
        body.append("</associatedDevices>");
        axl.call("updateAppUser", body.toString(), "AXL updateAppUser " + userId.strip() + " (controlled devices)");
    }

    /**
     * A phone's product-specific configuration ({@code getPhone} by name, {@code returnedTags} name, model and
     * {@code vendorConfig}): each first-level element of {@code vendorConfig} with its text, in CUCM's order.
     *
     * @throws CucmException when CUCM knows no such phone ({@link CucmFailure#FAULT}), among the usual failures
     */
    public PhoneVendorConfig getPhone(String deviceName) throws CucmException {
        String name = requireDevice(deviceName);
        String what = "AXL getPhone " + name;
        Element response = axl.call("getPhone", "<name>" + SoapXml.escape(name) + "</name>"
                + "<returnedTags><name/><model/><vendorConfig/></returnedTags>", what);
        Element phone = SoapXml.descendant(response, "phone");
        if (phone == null) {
            throw new CucmException(axl.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + axl.host() + " answered " + what
                    + " without return/phone", null, null);
        }
        java.util.Map<String, String> vendor = new java.util.LinkedHashMap<>();
        Element config = SoapXml.child(phone, "vendorConfig");
        for (Element e : config == null ? List.<Element>of() : SoapXml.children(config, null)) {
            vendor.put(SoapXml.local(e), e.getTextContent() == null ? "" : e.getTextContent().strip());
        }
        String returned = SoapXml.text(phone, "name");
        return new PhoneVendorConfig(returned == null || returned.isEmpty() ? name : returned, SoapXml.text(phone, "model"),
                vendor);
    }

    /**
     * Replaces a phone's product-specific configuration ({@code updatePhone} with {@code vendorConfig}). CUCM is taken
     * to replace the whole {@code vendorConfig}, so callers send every element {@link #getPhone} returned, changed
     * where they mean to. The phone takes it only when its configuration is applied ({@link #applyPhone}) or it restarts.
     */
    public void updatePhoneVendorConfig(String deviceName, java.util.Map<String, String> vendorConfig) throws CucmException {
        String name = requireDevice(deviceName);
        StringBuilder body = new StringBuilder("<name>").append(SoapXml.escape(name)).append("</name><vendorConfig>");
        vendorConfig.forEach((element, value) -> {
            if (!element.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("not an XML element name: " + element);
            }
            body.append('<').append(element).append('>').append(SoapXml.escape(value == null ? "" : value))
                    .append("</").append(element).append('>');
        });
        body.append("</vendorConfig>");
        axl.call("updatePhone", body.toString(), "AXL updatePhone " + name + " (product-specific configuration)");
    }

    /**
     * Applies a phone's configuration ({@code applyPhone}, the administration page's "Apply Config"): CUCM tells the
     * phone to fetch its configuration file, and the phone restarts where the change needs it. Answers at once.
     */
    public void applyPhone(String deviceName) throws CucmException {
        String name = requireDevice(deviceName);
        axl.call("applyPhone", "<name>" + SoapXml.escape(name) + "</name>", "AXL applyPhone " + name);
    }

    /** The AXL phone field of Phone Personalization ({@code Disabled}, {@code Enabled}, {@code Default}, ...). */
    public static final String PHONE_PERSONALIZATION = "phonePersonalization";

    /**
     * A phone's Phone Personalization as CUCM holds it ({@code getPhone} returning {@value #PHONE_PERSONALIZATION}):
     * {@code Enabled}, {@code Disabled}, {@code Default} (the Common Phone Profile's), or "" when CUCM returns none.
     */
    public String phonePersonalization(String deviceName) throws CucmException {
        String name = requireDevice(deviceName);
        String what = "AXL getPhone " + name + " (" + PHONE_PERSONALIZATION + ")";
        Element response = axl.call("getPhone", "<name>" + SoapXml.escape(name) + "</name><returnedTags><name/><"
                + PHONE_PERSONALIZATION + "/></returnedTags>", what);
        Element phone = SoapXml.descendant(response, "phone");
        if (phone == null) {
            throw new CucmException(axl.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + axl.host() + " answered " + what
                    + " without return/phone", null, null);
        }
        String value = SoapXml.text(phone, PHONE_PERSONALIZATION);
        return value == null ? "" : value.strip();
    }

    /**
     * Sets a phone's Phone Personalization ({@code updatePhone} of the phone field {@value #PHONE_PERSONALIZATION},
     * nothing else: its product-specific {@code vendorConfig} is left alone). Like every configuration change the phone
     * takes it when its configuration is applied ({@link #applyPhone}), which restarts it.
     *
     * @param value {@code Enabled}, {@code Disabled} or {@code Default}
     */
    public void setPhonePersonalization(String deviceName, String value) throws CucmException {
        String name = requireDevice(deviceName);
        if (value == null || !value.matches("Enabled|Disabled|Default")) {
            throw new IllegalArgumentException("Phone Personalization is Enabled, Disabled or Default, not " + value);
        }
        axl.call("updatePhone", "<name>" + SoapXml.escape(name) + "</name><" + PHONE_PERSONALIZATION + ">" + value + "</"
                + PHONE_PERSONALIZATION + ">", "AXL updatePhone " + name + " (" + PHONE_PERSONALIZATION + " " + value + ")");
    }

    private static String requireDevice(String deviceName) {
        Objects.requireNonNull(deviceName, "deviceName");
        if (deviceName.isBlank()) {
            throw new IllegalArgumentException("a device name is required");
        }
        return deviceName.strip();
    }

    private static String requireUser(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an application user id is required");
        }
        return userId.strip();
    }

    private List<AxlPhone> page(String pattern, int skip) throws CucmException {
        String what = "AXL listPhone \"" + pattern + "\" (skip " + skip + ")";
        Element response = axl.call("listPhone", "<searchCriteria><name>" + SoapXml.escape(pattern) + "</name></searchCriteria>"
                + "<returnedTags><name/><model/><description/><devicePoolName/><protocol/></returnedTags>"
                + "<skip>" + skip + "</skip><first>" + pageSize + "</first>", what);
        Element ret = SoapXml.child(response, "return");
        if (ret == null) {
            throw new CucmException(axl.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + axl.host() + " answered "
                    + what + " without listPhoneResponse/return", null, null);
        }
        List<AxlPhone> out = new ArrayList<>();
        for (Element p : SoapXml.children(ret, "phone")) {
            String name = SoapXml.text(p, "name");
            if (name == null || name.isEmpty()) {
                throw new CucmException(axl.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + axl.host()
                        + " answered " + what + " with a phone without a name", null, null);
            }
            out.add(new AxlPhone(name, SoapXml.text(p, "model"), SoapXml.text(p, "description"),
                    SoapXml.text(p, "devicePoolName"), SoapXml.text(p, "protocol")));
        }
        return out;
    }
}
