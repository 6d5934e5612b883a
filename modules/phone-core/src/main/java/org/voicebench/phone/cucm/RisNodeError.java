package org.voicebench.phone.cucm;

import java.util.Objects;

/**
 * A CUCM node that did not answer RIS for its devices: its {@code ReturnCode} was neither {@code Ok}
 * nor {@code NotFound} (which only means it has none of the asked devices). The devices registered
 * there may be missing from the answer or known only from other nodes' older entries.
 *
 * @param node       the node's name as RIS gives it
 * @param returnCode RIS's words, e.g. {@code NodeNotResponding}, {@code InternalError}
 */
public record RisNodeError(String node, String returnCode) {

    public RisNodeError {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(returnCode, "returnCode");
    }
}
