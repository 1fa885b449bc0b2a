package dev.isolint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A request's default date is today's local date, computed without java.time's zone-rules providers when first asked. */
class ScanRequestTest {

    /*
     * Up to 2037 only: java.util.TimeZone keeps transition tables up to 2037 and then applies one yearly rule, which
     * for a zone with negative daylight saving time (Africa/Windhoek) is not the rule java.time applies (an
     * instant of 2042 differed by a day). isolint asks for today's date, never one 15 years ahead.
     */
    @Property(tries = 2000)
    void localDateAgreesWithJavaTime(@ForAll @LongRange(min = -2_000_000_000_000L, max = 2_145_916_800_000L) long millis,
            @ForAll("zones") String zone) {
        TimeZone tz = TimeZone.getTimeZone(zone);
        assertThat(Today.localDate(millis, tz))
                .isEqualTo(Instant.ofEpochMilli(millis).atZone(tz.toZoneId()).toLocalDate());
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(TimeZone.getAvailableIDs());
    }

    @Test
    void defaultsToTodayInTheDefaultZone() {
        LocalDate before = LocalDate.now();
        LocalDate today = ScanRequest.builder().build().today().date();
        LocalDate after = LocalDate.now();
        assertThat(today).isBetween(before, after);
    }

    @Test
    void aFixedDateIsKeptAndTheSystemDateIsStable() {
        LocalDate fixed = LocalDate.of(2020, 2, 29);
        assertThat(ScanRequest.builder().today(fixed).build().today().date()).isEqualTo(fixed);
        Today system = Today.system();
        assertThat(system.date()).isSameAs(system.date());
    }
}
