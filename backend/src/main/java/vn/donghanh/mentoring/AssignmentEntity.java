package vn.donghanh.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** Phân công người giúp đỡ: one mentor helping one case over a period. */
@MappedEntity("mentor_assignment")
public record AssignmentEntity(
        @Id String id,
        String caseId,
        String mentorId,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String endReason,
        boolean active,
        String createdBy,
        Instant createdAt,
        @Nullable String endedBy) {

    AssignmentEntity ended(LocalDate date, String reason, String by) {
        return new AssignmentEntity(id, caseId, mentorId, startDate, date, reason, false, createdBy, createdAt, by);
    }
}
