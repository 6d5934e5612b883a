package org.voicebench.phone.sim;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What has happened to a {@link SimulatedCluster} since its phones got their ITL ("yesterday").
 * Each scenario is applied to the cluster as it started (the baseline), so switching from one to
 * another does not add up.
 */
public enum ClusterScenario {
    /** Nothing changed: the cluster serves what the phones hold. */
    BASELINE("baseline", "nothing changed"),
    /** The publisher's CallManager certificate was regenerated. */
    CALLMANAGER_REGENERATED("callmanager-regenerated", "the publisher's CallManager certificate was regenerated"),
    /** The publisher's TVS certificate was regenerated. */
    TVS_REGENERATED("tvs-regenerated", "the publisher's TVS certificate was regenerated"),
    /** The publisher's CallManager and TVS certificates were regenerated together. */
    CALLMANAGER_TVS_REGENERATED("callmanager-tvs-regenerated",
            "the publisher's CallManager and TVS certificates were regenerated together"),
    /** The ITLRecovery certificate was regenerated. */
    ITLRECOVERY_REGENERATED("itlrecovery-regenerated", "the ITLRecovery certificate was regenerated"),
    /**
     * The ITLRecovery certificate and every node's TVS certificate were regenerated together: with CUCM 12+ signing
     * the new ITL's signer is unknown to the phones and no TVS they know vouches for it, so they reject it (and every
     * later configuration file). The "before the change" story's change.
     */
    ITLRECOVERY_TVS_REGENERATED("itlrecovery-tvs-regenerated",
            "the ITLRecovery certificate and every node's TVS certificate were regenerated together"),
    /** The phones now belong to another cluster: every certificate differs (another seed). */
    CLUSTER_MOVE("cluster-move", "the phones were moved to another cluster (every certificate differs)"),
    /** The cluster serves a rollback ITL: TFTP and TVS records without certificates. */
    ROLLBACK_ITL("rollback-itl", "the cluster serves a rollback ITL (TFTP and TVS records emptied)");

    private final String cliName;
    private final String description;

    ClusterScenario(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name on the command line, e.g. {@code callmanager-regenerated}. */
    public String cliName() {
        return cliName;
    }

    /** One line saying what changed. */
    public String description() {
        return description;
    }

    /**
     * The scenario with this command-line name (or enum name), ignoring case.
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public static ClusterScenario parse(String name) {
        String n = name.trim();
        for (ClusterScenario s : values()) {
            if (s.cliName.equalsIgnoreCase(n) || s.name().equalsIgnoreCase(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "'; valid: " + names());
    }

    /** The command-line names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(ClusterScenario::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
