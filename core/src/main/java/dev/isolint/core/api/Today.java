package dev.isolint.core.api;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * The date suppressions expire against, found out only when one has an expiry date: the
 * default time zone's first use reads the JDK's time-zone database, which at start-up costs
 * more than scanning a template (bench/README.md), and most scans never ask.
 */
public final class Today {

    private volatile LocalDate date;

    private Today(LocalDate date) {
        this.date = date;
    }

    /** Today in the default time zone at the first call of {@link #date()}, as {@code LocalDate.now()} gives it. */
    public static Today system() {
        return new Today(null);
    }

    /** A fixed date (tests, {@code SOURCE_DATE_EPOCH}). */
    public static Today fixed(LocalDate date) {
        if (date == null) {
            throw new NullPointerException("date");
        }
        return new Today(date);
    }

    /** The date, computed on first use and the same on every later call. */
    public LocalDate date() {
        LocalDate d = date;
        if (d == null) {
            // Racing threads compute the same value; the last write wins harmlessly.
            d = localDate(System.currentTimeMillis(), TimeZone.getDefault());
            date = d;
        }
        return d;
    }

    /**
     * The date in {@code zone} at {@code epochMillis}. Computed through {@link TimeZone} because
     * {@code LocalDate.now()} starts {@code java.time}'s zone-rules providers, whose service lookup
     * scans the class path.
     */
    static LocalDate localDate(long epochMillis, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + zone.getOffset(epochMillis), 86_400_000L));
    }
}
