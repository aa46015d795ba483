package vn.donghanh.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.common.PlausiblePast;

public final class ReferralModels {
    private ReferralModels() {}

    /** What a referral leads to: a job, a vocational course, a loan, or another service of a provider. */
    public enum Kind {
        JOB,
        COURSE,
        LOAN,
        OTHER
    }

    /** What the person may agree to let the provider see. */
    public enum SharedField {
        FULL_NAME,
        PHONE,
        DATE_OF_BIRTH,
        ADDRESS
    }

    public enum Outcome {
        STILL_ACTIVE,
        STOPPED
    }

    public enum ReintegrationStatus {
        EMPLOYED,
        IN_TRAINING,
        UNEMPLOYED,
        UNKNOWN
    }

    /** Either an opportunity, or a provider directly (then {@code kind} says what for). */
    @Serdeable
    public record CreateReferral(
            @NotNull UUID id,
            @Nullable UUID opportunityId,
            @Nullable UUID providerId,
            @Nullable Kind kind,
            @Nullable @Size(max = 1000) String note) {}

    /** {@code sharedFields} is given by the person with ACCEPTED: the consent for this referral. */
    @Serdeable
    public record Step(
            @NotNull ReferralStatus status,
            @NotNull @PlausiblePast LocalDate date,
            @Nullable @Size(max = 1000) String note,
            @Nullable @Size(max = 4) List<@NotNull SharedField> sharedFields) {}

    @Serdeable
    public record StepView(
            @Nullable ReferralStatus fromStatus,
            ReferralStatus toStatus,
            LocalDate date,
            @Nullable String note,
            String actorId,
            OffsetDateTime occurredAt) {}

    @Serdeable
    public record Referral(
            String id,
            String caseId,
            @Nullable String opportunityId,
            @Nullable String opportunityTitle,
            String providerId,
            String providerName,
            Kind kind,
            ReferralStatus status,
            LocalDate statusDate,
            List<SharedField> sharedFields,
            List<StepView> steps) {}

    /** What the provider receives: only the fields the person agreed to share. */
    @Serdeable
    public record ProviderSheet(
            String referralId,
            String providerName,
            @Nullable String opportunityTitle,
            Map<SharedField, String> fields) {}

    @Serdeable
    public record AnswerCheck(
            @NotNull Outcome outcome,
            @Nullable @Size(max = 1000) String note) {}

    @Serdeable
    public record RetentionCheck(
            String id,
            String referralId,
            String caseId,
            String fullName,
            String adminUnitId,
            Kind kind,
            int months,
            LocalDate dueOn,
            @Nullable OffsetDateTime answeredAt,
            @Nullable Outcome outcome,
            @Nullable String note) {}

    @Serdeable
    public record ReintegrationChange(LocalDate date, ReintegrationStatus status, String referralId) {}

    @Serdeable
    public record Reintegration(
            String caseId,
            ReintegrationStatus status,
            @Nullable LocalDate since,
            List<ReintegrationChange> history) {}

    /** A referral in a list across cases (the console's referrals of an officer's communes), with its person's name. */
    public record ListedReferral(Referral referral, String fullName) {}
}
