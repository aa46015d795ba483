package vn.donghanh.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the admin API shows of the retention job: ids, dates and counts, never a name. */
public final class RetentionModels {
    private RetentionModels() {}

    /**
     * One pass of the job on one instance. {@code finishedAt} is absent while it runs (or when the instance stopped
     * during it: the cases it had anonymised are still counted, each was done whole).
     */
    @Serdeable
    public record Run(
            String id,
            OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt,
            LocalDate closedBefore,
            String afterClosure,
            int casesAnonymised,
            int casesFailed) {}

    /** A case a run anonymised, and when. */
    @Serdeable
    public record AnonymisedCase(String caseId, OffsetDateTime anonymisedAt) {}
}
