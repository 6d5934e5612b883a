package org.voicebench.lab.ui;

import java.util.prefs.Preferences;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.ClusterScenario;

/**
 * The simulated CUCM cluster the lab's phones belong to.
 *
 * @param nodes how many nodes (0: no cluster; the phones hold a fixed lab ITL as before)
 * @param scenario what happened since the phones got their ITL, as {@link ClusterScenario} names it
 * @param pre12 sign the ITL the pre-12 way (CallManager) instead of with ITLRecovery
 * @param mixedMode serve a CTL too
 */
@Messages({
    "# {0} - count", "ERR_ClusterNodes=The cluster has 0 to 8 nodes: {0}.",
    "# {0} - what is wrong", "ERR_Scenario=Scenario: {0}"
})
public record ClusterSettings(int nodes, String scenario, boolean pre12, boolean mixedMode) {

    public static final ClusterSettings DEFAULTS = new ClusterSettings(3, ClusterScenario.BASELINE.cliName(), false,
            false);

    public static final int MAX_NODES = 8;

    /** What is wrong, or null. */
    public String problem() {
        if (nodes < 0 || nodes > MAX_NODES) {
            return Bundle.ERR_ClusterNodes(nodes);
        }
        try {
            ClusterScenario.parse(scenario);
        } catch (IllegalArgumentException e) {
            return Bundle.ERR_Scenario(e.getMessage());
        }
        return null;
    }

    public static ClusterSettings load(Preferences p) {
        return new ClusterSettings(p.getInt("clusterNodes", DEFAULTS.nodes()), p.get("scenario", DEFAULTS.scenario()),
                p.getBoolean("pre12", DEFAULTS.pre12()), p.getBoolean("mixedMode", DEFAULTS.mixedMode()));
    }

    public void save(Preferences p) {
        p.putInt("clusterNodes", nodes);
        p.put("scenario", scenario);
        p.putBoolean("pre12", pre12);
        p.putBoolean("mixedMode", mixedMode);
    }
}
