package org.voicebench.lab.ui.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The running lab's cluster as other windows use it (trust audit, trust check), in plain values so
 * that they need no simulator.
 *
 * @param nodes   its nodes, the publisher first
 * @param cucmApi its AXL/RIS API, when the lab runs one (the demo lab does)
 */
public record ClusterDescription(List<ClusterNodeDescription> nodes, Optional<CucmEndpoint> cucmApi) {

    public ClusterDescription {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least its publisher");
        }
        Objects.requireNonNull(cucmApi, "cucmApi");
    }

    /** The first node. */
    public ClusterNodeDescription publisher() {
        return nodes.get(0);
    }
}
