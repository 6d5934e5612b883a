package org.voicebench.phone.cucm;

/**
 * The two CUCM web services this package calls, with what a refused user needs: CUCM answers 401
 * both for a wrong password and for a user without the service's roles, so the message names the
 * roles (Cisco DevNet AXL FAQ: AXL needs Standard AXL API Access and Standard CCM Admin Users).
 */
enum CucmService {

    AXL(AxlClient.PATH, "the roles Standard AXL API Access and Standard CCM Admin Users"),
    RIS(RisClient.PATH, "the role Standard CCM Admin Users with realtime access (RIS)");

    private final String path;
    private final String roles;

    CucmService(String path, String roles) {
        this.path = path;
        this.roles = roles;
    }

    String path() {
        return path;
    }

    /** What the user must have, for messages: "the roles Standard AXL API Access and ...". */
    String roles() {
        return roles;
    }
}
