package org.voicebench.certcheck;

import java.util.Objects;

/**
 * A record of one of the checked trust lists.
 *
 * @param list which list: {@link #PHONE} or {@link #CLUSTER}
 * @param index the record's 1-based index in that list
 */
public record RecordRef(String list, int index) {

    /** The trust list the phone holds. */
    public static final String PHONE = "phone";
    /** The cluster's current trust list. */
    public static final String CLUSTER = "cluster";

    public RecordRef {
        Objects.requireNonNull(list, "list");
    }

    @Override
    public String toString() {
        return list + " #" + index;
    }
}
