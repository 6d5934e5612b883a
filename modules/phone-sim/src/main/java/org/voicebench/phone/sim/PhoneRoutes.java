package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.sun.net.httpserver.HttpExchange;
import org.voicebench.phone.model.ImageFormat;
import org.w3c.dom.Element;

/**
 * What one phone answers on each path (contract: paths per family). Its own family's paths only: the
 * other family's are unknown (404), as on a real phone. ModeInfo, Execute and Screenshot need
 * credentials ({@link PhoneAuthentication}); the information pages do not.
 */
final class PhoneRoutes {

    private static final Logger LOG = Logger.getLogger(PhoneRoutes.class.getName());
    private static final int MAX_BODY = 128 * 1024;

    private final SimulatedPhone phone;
    private final WebPaths paths;
    private final PhoneAuthentication authentication;
    private final Personalizer personalizer;

    PhoneRoutes(SimulatedPhone phone, LabRuntime lab) {
        this.phone = phone;
        this.paths = WebPaths.of(phone.profile().family());
        this.authentication = new PhoneAuthentication(lab);
        this.personalizer = new Personalizer(phone.device());
    }

    Reply route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        switch (target) {
            case "/CGI/Execute" -> {
                if (!ex.getRequestMethod().equals("POST")) {
                    return Reply.text(405, "POST only\n");
                }
                Reply denied = authenticate(ex);
                return denied != null ? denied : execute(ex);
            }
            case "/CGI/Screenshot" -> {
                Reply denied = authenticate(ex);
                if (denied != null) {
                    return denied;
                }
                boolean png = phone.profile().imageFormat() == ImageFormat.PNG;
                return Reply.image(png ? "image/png" : "image/bmp", phone.device().screenshot());
            }
            case "/DeviceInformationX" -> {
                return Reply.xml(CiscoXml.flat("DeviceInformation", DeviceDocuments.deviceInformation(phone),
                        StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
            }
            case "/" -> {
                return Reply.html(DeviceDocuments.deviceHtml(phone, paths));
            }
            default -> {
                return familyPage(ex, target);
            }
        }
    }

    private Reply familyPage(HttpExchange ex, String target) {
        if (target.equals(paths.modeInfo())) {
            Reply denied = authenticate(ex);
            if (denied != null) {
                return denied;
            }
            Reply xml = Reply.xml(CiscoXml.modeInfo(phone.device().screen()));
            // the 79xx serve ModeInfo as text/html (field-tested)
            return phone.profile().family().is79xx() ? xml.as("text/html") : xml;
        }
        if (target.equals(paths.networkHtml())) {
            return Reply.html(NetworkSetupPage.html(phone));
        }
        if (target.equals(paths.networkXml())) {
            return Reply.xml(CiscoXml.flat("NetworkConfiguration", DeviceDocuments.networkConfiguration(phone),
                    StandardCharsets.UTF_8));
        }
        if (target.equals(paths.deviceHtml())) {
            return Reply.html(DeviceDocuments.deviceHtml(phone, paths));
        }
        return Reply.notFound();
    }

    private Reply authenticate(HttpExchange ex) {
        return authentication.check(ex.getRequestHeaders().getFirst("Authorization"), phone);
    }

    private Reply execute(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return Reply.xml(CiscoXml.error(1));
        }
        List<CiscoXml.Item> items;
        try {
            Element root = ExecuteParser.root(body, ex.getRequestHeaders().getFirst("Content-Type"));
            items = Personalizer.handles(root) ? List.of(personalizer.apply(root))
                    : phone.device().execute(ExecuteParser.items(root), System.nanoTime());
        } catch (ExecuteParser.NotParsedException e) {
            LOG.log(Level.FINE, "{0}: Execute not parsed: {1}", new Object[] {phone.name(), e.getMessage()});
            return Reply.xml(CiscoXml.error(1));
        }
        return phone.profile().family().is79xx()
                ? Reply.xml(CiscoXml.padded79xxResponse(items), StandardCharsets.ISO_8859_1)
                : Reply.xml(CiscoXml.response(items));
    }
}
