package org.voicebench.lab.ui;

import java.util.List;
import java.util.Objects;

/** A lab that just started and the lines to log about it once it is published (never a password). */
public record StartedLab(LabRun run, List<String> report) {

    public StartedLab {
        Objects.requireNonNull(run, "run");
        report = List.copyOf(report);
    }
}
