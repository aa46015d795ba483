package vn.donghanh.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date (or date and time) a person could mean: not before 1900-01-01 and not more than
 * {@link PlausibleDates#MAX_AHEAD} ahead. Year 0 or 99999 is a typing slip, not a record to keep.
 * For dates of things that have happened use {@link PlausiblePast}. Null is valid (pair with
 * {@code @NotNull}).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlausibleDate {
    String message() default ProblemMessages.TOO_FAR_AHEAD;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
