package vn.donghanh.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The validators of {@link PlausibleDate} and {@link PlausiblePast}, on the service clock (tests
 * move it), never the system clock.
 */
@Factory
public class PlausibleDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final Period MAX_AHEAD = Period.ofYears(100);
    /** The zone where a day begins first: a date that has started anywhere is not "in the future". */
    private static final ZoneOffset FIRST_TO_START = ZoneOffset.ofHours(14);

    private final Clock clock;

    public PlausibleDates(Clock clock) {
        this.clock = clock;
    }

    @Singleton
    ConstraintValidator<PlausibleDate, LocalDate> plausibleDate() {
        return (value, annotation, context) -> value == null || ahead(value, context);
    }

    @Singleton
    ConstraintValidator<PlausibleDate, LocalDateTime> plausibleDateTime() {
        return (value, annotation, context) -> value == null || ahead(value.toLocalDate(), context);
    }

    @Singleton
    ConstraintValidator<PlausiblePast, LocalDate> plausiblePastDate() {
        return (value, annotation, context) ->
                value == null || past(value, !value.isAfter(LocalDate.now(clock.withZone(FIRST_TO_START))), context);
    }

    @Singleton
    ConstraintValidator<PlausiblePast, OffsetDateTime> plausiblePastTimestamp() {
        return (value, annotation, context) -> value == null
                || past(
                        value.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                        !value.toInstant().isAfter(clock.instant().plus(OfflineRecords.CLOCK_SKEW)),
                        context);
    }

    private boolean ahead(LocalDate date, ConstraintValidatorContext context) {
        if (date.isBefore(EARLIEST)) {
            context.messageTemplate(ProblemMessages.BEFORE_1900);
            return false;
        }
        return !date.isAfter(LocalDate.now(clock.withZone(FIRST_TO_START)).plus(MAX_AHEAD));
    }

    private static boolean past(LocalDate date, boolean notAhead, ConstraintValidatorContext context) {
        if (date.isBefore(EARLIEST)) {
            context.messageTemplate(ProblemMessages.BEFORE_1900);
            return false;
        }
        return notAhead;
    }
}
