package vn.donghanh.common;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's time: the one {@link Clock} (from {@link ClockFactory}, or the test harness's when
 * it sets donghanh.clock.provided-by-test) and the zone of {@code donghanh.default-time-zone}. That
 * zone is the one for a case created without a zone of its own, and for dates that belong to no
 * single case (lists across cases, commune summaries, lock notices); a case's own dates use its zone.
 */
@Singleton
public class ServiceTime {
    private final Clock clock;
    private final ZoneId zone;

    public ServiceTime(Clock clock, @Value("${donghanh.default-time-zone}") String zone) {
        this.clock = clock;
        try {
            this.zone = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "donghanh.default-time-zone must be a time zone like Asia/Ho_Chi_Minh, not '" + zone + "'", e);
        }
    }

    public Clock clock() {
        return clock;
    }

    /** The default zone: for cases created without one, and for dates of no single case. */
    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the default zone. */
    public LocalDate today() {
        return today(zone);
    }

    /** Today in {@code zone} (a case's own zone). */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }
}
