package vn.donghanh.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of a case's timeline (the table's auto-increment seq orders entries of the same instant). */
@MappedEntity("case_event")
public record CaseEventEntity(
        @Id String id,
        String caseId,
        String type,
        @Nullable String fromStatus,
        @Nullable String toStatus,
        @Nullable String reason,
        LocalDate effectiveDate,
        String actorId,
        Instant occurredAt) {}
