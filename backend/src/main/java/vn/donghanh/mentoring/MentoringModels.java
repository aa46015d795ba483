package vn.donghanh.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.PlausibleDate;
import vn.donghanh.common.PlausiblePast;

public final class MentoringModels {
    private MentoringModels() {}

    @Serdeable
    public record AssignMentor(
            @Nullable UUID id,
            @NotNull UUID mentorId,
            @NotNull @PlausibleDate LocalDate startDate) {}

    @Serdeable
    public record EndAssignment(
            @NotBlank @Size(max = 500) String reason,
            @NotNull @PlausiblePast LocalDate endDate) {}

    @Serdeable
    public record Assignment(
            String id,
            String caseId,
            String mentorId,
            String mentorName,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String endReason,
            boolean active,
            OffsetDateTime createdAt) {}

    /** What a mentor sees of a mentee in their list; {@code personAccountId} (once activated) is whom to message. */
    @Serdeable
    public record Mentee(
            String caseId,
            String fullName,
            CaseStatus status,
            @Nullable String phone,
            LocalDate assignedSince,
            LocalDate plannedEndDate,
            @Nullable String personAccountId) {}

    /**
     * A mentor an officer may assign to a case, with how many persons they accompany now
     * ({@code active}) and the most they may ({@code max}): the count {@code assign} refuses on.
     */
    public record MentorLoad(
            String mentorId, String displayName, @Nullable String organisationName, long active, int max) {
        public boolean full() {
            return active >= max;
        }
    }
}
