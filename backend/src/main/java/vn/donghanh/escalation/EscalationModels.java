package vn.donghanh.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import vn.donghanh.checkin.PlanKind;

/** The overdue-alert API's response bodies. */
public final class EscalationModels {
    private EscalationModels() {}

    /** {@code minutesToFirstAction}: from the moment the occurrence went overdue to the first human response. */
    @Serdeable
    public record Alert(
            String id,
            String caseId,
            String fullName,
            PlanKind kind,
            OffsetDateTime overdueSince,
            @Nullable OffsetDateTime mentorNotifiedAt,
            @Nullable OffsetDateTime officerNotifiedAt,
            @Nullable OffsetDateTime firstActionAt,
            @Nullable String firstActionKind,
            @Nullable Long minutesToFirstAction,
            @Nullable OffsetDateTime resolvedAt) {}
}
