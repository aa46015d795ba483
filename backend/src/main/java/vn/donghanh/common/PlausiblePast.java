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
 * The date of something that has happened (a birth, a test, a decision, a check-in): not before
 * 1900-01-01 and not in the future by the service clock. A day is "in the future" only once it has
 * begun nowhere on Earth yet, so a date that is today in the case's zone always passes here; the
 * services still check against the case's own zone. A timestamp may run
 * {@link OfflineRecords#CLOCK_SKEW} ahead (a phone's clock). Null is valid (pair with {@code @NotNull}).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlausiblePast {
    String message() default ProblemMessages.IN_THE_FUTURE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
