package org.voicebench.lab.ui;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.DemoLab;

/**
 * Starts the fleet-audit demo ({@link DemoLab}, fast mode) as a running lab, with what to log:
 * the demo's addresses and phones, and what the user does next.
 */
@Messages({
    "LOG_DemoStarted=Started the demo lab:",
    "LOG_DemoNext=Next: open Tools > Trust Audit, take the cluster and phones from the running lab, run the audit,"
        + " review the plan and fix the stale phones.",
    "# {0} - phone address", "# {1} - its password", "# {2} - user",
    "LOG_DemoOwnPassword=The phone at {0} accepts only its own password: in the Phones window (group Lab) select it,"
        + " choose Credentials\u2026 and give user {2} with password {1}.",
    "# {0} - phone address",
    "LOG_DemoWebOff=The phone at {0} has web access off (on a real cluster: CUCM Product Specific Configuration >"
        + " Web Access, then reset the phone): select it in the Phone Lab table and click Enable Web Access.",
    "# {0} - user", "LOG_DemoFormPassword=The phones and AXL/RIS accept user {0} with the password of the form.",
    "# {0} - user",
    "LOG_DemoRandomPassword=The phones and AXL/RIS accept user {0} with a random password held in memory while the"
        + " lab runs; the Phones window and the Trust Audit use it for the lab''s phones."
})
public final class DemoStarter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoStarter() {
    }

    /** A password for one run of the demo, never stored: 16 URL-safe characters. */
    public static char[] randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /**
     * Starts the demo; busy ports fall back to free ones.
     *
     * @param randomPassword whether the options' password was generated (said in the report)
     * @throws IOException when the demo cannot listen (whatever started is stopped)
     */
    public static StartedLab start(DemoLab.Options options, String user, boolean randomPassword) throws IOException {
        DemoLab demo = DemoLab.start(options.user(user).fast(true));
        List<String> report = new ArrayList<>();
        report.add(Bundle.LOG_DemoStarted());
        demo.describe().lines().forEach(report::add);
        report.add(randomPassword ? Bundle.LOG_DemoRandomPassword(user) : Bundle.LOG_DemoFormPassword(user));
        report.add(Bundle.LOG_DemoNext());
        report.add(Bundle.LOG_DemoOwnPassword(demo.ownPasswordPhone().hostAndPort(), demo.ownPassword(), user));
        report.add(Bundle.LOG_DemoWebOff(demo.webAccessOffPhone().hostAndPort()));
        return new StartedLab(LabRun.of(demo), report);
    }
}
