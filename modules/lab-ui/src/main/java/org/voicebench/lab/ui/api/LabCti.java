package org.voicebench.lab.ui.api;

import java.nio.file.Path;
import java.util.Objects;
import org.voicebench.phone.PhoneCredentials;

/**
 * The running lab's CTI, as a JTAPI application reaches it: the build's stand-in for Cisco's {@code jtapi.jar}
 * (which talks only to the lab), the lab CTI service's host and its application user. Offered to the CTI options
 * while the user has configured no CTI of their own; held in memory only while the lab runs.
 *
 * @param jar         the stand-in jar ({@code lab/jtapi-lab.jar} in the application folder)
 * @param host        {@code ADDRESS:PORT} of the lab CTI service (its CTI Manager)
 * @param credentials the application user that controls the lab's phones, and its password (demo data)
 */
public record LabCti(Path jar, String host, PhoneCredentials credentials) {

    public LabCti {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
    }
}
