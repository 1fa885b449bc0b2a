package dev.isolint.core.model;

import dev.isolint.core.source.Location;

/**
 * One step of the chain that produced a value, e.g. {@code enable_network_isolation = var.isolate}
 * at main.tf:9, then {@code variable "isolate" default = false} at variables.tf:3.
 */
public record Evidence(Location location, String note) {

    public static Evidence at(Location location, String note) {
        return new Evidence(location, note);
    }
}
