package vn.donghanh.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.annotation.PostConstruct;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How long a case's identifying data is kept once management ended for good ({@code donghanh.retention.*}). The
 * same value is what a person is told about how long their data is kept (the data-rights feature reads
 * {@link #afterClosure()}), so the rule and the promise cannot drift apart. Checked when the service starts: a
 * value that is not a positive ISO-8601 period stops it, naming the key.
 */
@ConfigurationProperties("donghanh.retention")
public class RetentionSettings {
    /** ISO-8601 period after the closure date (completion, death) after which the case is anonymised. */
    private String afterClosure = "P5Y";

    private Period period = Period.ofYears(5);

    @PostConstruct
    void check() {
        period = parse(afterClosure);
    }

    /** The period, or a refusal that names the key and shows an example. */
    static Period parse(String text) {
        String problem =
                "donghanh.retention.after-closure must be a positive ISO-8601 period such as P5Y or P18M, not '" + text
                        + "'";
        Period p;
        try {
            p = Period.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(problem, e);
        }
        if (p.isNegative() || p.isZero()) {
            throw new IllegalStateException(problem);
        }
        return p;
    }

    /** How long after the closure date the case is kept with its identifying data. */
    public Period afterClosure() {
        return period;
    }

    public String getAfterClosure() {
        return afterClosure;
    }

    public void setAfterClosure(String afterClosure) {
        this.afterClosure = afterClosure;
        this.period = parse(afterClosure);
    }
}
