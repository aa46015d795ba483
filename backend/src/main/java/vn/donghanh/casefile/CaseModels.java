package vn.donghanh.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausibleDate;
import vn.donghanh.common.PlausiblePast;

/** The case API's request and response bodies, kept apart from {@link CaseEntity}. */
public final class CaseModels {
    private CaseModels() {}

    @Serdeable
    public record RegisterCase(
            @Nullable UUID id,
            @NotNull UUID adminUnitId,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @PlausiblePast LocalDate dateOfBirth,
            @NotNull Sex sex,
            @Nullable @Size(max = 64) String ethnicity,

            @Nullable @Pattern(regexp = "vi|en", message = "must be vi or en")
            String preferredLanguage,

            @Nullable @Size(max = 32) String phone,

            @Nullable @Pattern(regexp = "\\d{9}|\\d{12}", message = "must be 9 or 12 digits")
            String nationalId,

            @NotBlank @Size(max = 500) String address,
            @NotNull ManagementBasis basis,
            @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull @PlausiblePast LocalDate decisionDate,
            @NotNull @PlausibleDate LocalDate startDate,
            @Nullable @Size(max = 40) String timeZone) {}

    @Serdeable
    public record UpdateCase(
            @NotNull @PositiveOrZero Integer version,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @PlausiblePast LocalDate dateOfBirth,
            @NotNull Sex sex,
            @Nullable @Size(max = 64) String ethnicity,

            @Nullable @Pattern(regexp = "vi|en", message = "must be vi or en")
            String preferredLanguage,

            @Nullable @Size(max = 32) String phone,

            @Nullable @Pattern(regexp = "\\d{9}|\\d{12}", message = "must be 9 or 12 digits")
            String nationalId,

            @NotBlank @Size(max = 500) String address,
            @NotNull ManagementBasis basis,
            @NotBlank @Size(max = 64) String decisionNumber,
            @NotNull @PlausiblePast LocalDate decisionDate,
            @NotNull @PlausibleDate LocalDate startDate,
            @Nullable @Size(max = 40) String timeZone) {}

    @Serdeable
    public record MentorContact(
            String id,
            String displayName,
            @Nullable String phone,
            @Nullable String organisationId) {}

    /** An officer who answers for the case, as the person and the case's helpers reach them. */
    @Serdeable
    public record OfficerContact(
            String id, String displayName, @Nullable String phone) {}

    /**
     * Full case view; national ID is left out for mentors (they do not need it). {@code officers}: who
     * answers for the case (at most {@link CaseService#MAX_OFFICER_CONTACTS}, by name), also offline.
     */
    @Serdeable
    public record CaseDetail(
            String id,
            String adminUnitId,
            String adminUnitName,
            String fullName,
            LocalDate dateOfBirth,
            Sex sex,
            @Nullable String ethnicity,
            String preferredLanguage,
            @Nullable String phone,
            @Nullable String nationalId,
            String address,
            ManagementBasis basis,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate startDate,
            LocalDate plannedEndDate,
            CaseStatus status,
            LocalDate statusSince,
            String timeZone,
            int version,
            @Nullable MentorContact mentor,
            List<OfficerContact> officers,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    @Serdeable
    public record CaseSummary(
            String id,
            String fullName,
            LocalDate dateOfBirth,
            CaseStatus status,
            String adminUnitId,
            LocalDate plannedEndDate,
            @Nullable String mentorId,
            @Nullable String mentorName) {}

    @Serdeable
    public record ChangeStatus(
            @Nullable UUID id,
            @NotNull CaseStatus status,
            @NotBlank @Size(max = 1000) String reason,
            @NotNull @PlausiblePast LocalDate effectiveDate) {}

    @Serdeable
    public record TimelineEntry(
            String id,
            CaseEventType type,
            @Nullable CaseStatus fromStatus,
            @Nullable CaseStatus toStatus,
            @Nullable String reason,
            LocalDate effectiveDate,
            String actorId,
            String actorName,
            OffsetDateTime occurredAt) {}

    @Serdeable
    public record ActivationCode(String caseId, String accountId, String code, OffsetDateTime expiresAt) {}

    @Serdeable
    public record AccessLogEntry(OffsetDateTime occurredAt, String actorName, String actorRole, String action) {}

    static OffsetDateTime utc(Instant instant) {
        return vn.donghanh.common.Times.utc(instant);
    }
}
