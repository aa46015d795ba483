package vn.donghanh.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.common.PlausibleDate;
import vn.donghanh.drugtest.DrugTestModels;
import vn.donghanh.referral.ReferralModels;

/** The transfer API's bodies. */
public final class TransferModels {
    private TransferModels() {}

    /** The sending officer starts a transfer of a case in their commune. */
    @Serdeable
    public record StartTransfer(
            @Nullable UUID id,
            @NotNull UUID toUnitId,
            @NotNull @PlausibleDate LocalDate moveDate,
            @NotBlank @Size(max = 500) String reason,
            @Nullable @Size(max = 500) String newAddress,
            @Nullable @Size(max = 1000) String note) {}

    /** The receiving officer asks the holding commune for a person who reported to them first. */
    @Serdeable
    public record AskTransfer(
            @Nullable UUID id,
            @NotNull UUID caseId,
            @NotNull @PlausibleDate LocalDate moveDate,
            @NotBlank @Size(max = 500) String reason,
            @Nullable @Size(max = 500) String newAddress,
            @Nullable @Size(max = 1000) String note) {}

    /**
     * An answer: ACCEPTED or DECLINED by the receiver, OFFERED or REFUSED by the holder of a case
     * asked for, CANCELLED by the side that started it. A reason is required except to accept or offer.
     */
    @Serdeable
    public record Answer(
            @NotNull TransferState state,
            @Nullable @Size(max = 1000) String reason) {}

    /** A unit as a transfer names it: the commune and the province it lies in. */
    @Serdeable
    public record UnitName(String id, String name, @Nullable String provinceName) {}

    /**
     * A transfer as the caller sees it. {@code personName} is left out for the receiver until the
     * holder has released the case (a receiver who asked knows whom they asked for, by ID or phone).
     * {@code side}: the caller's; {@code actions}: the states the caller may move it to now.
     */
    @Serdeable
    public record Transfer(
            String id,
            String caseId,
            @Nullable String personName,
            UnitName fromUnit,
            UnitName toUnit,
            TransferState.Side initiatedBy,
            TransferState state,
            LocalDate moveDate,
            String reason,
            @Nullable String newAddress,
            @Nullable String note,
            String requestedByName,
            OffsetDateTime requestedAt,
            OffsetDateTime answerDueAt,
            boolean overdue,
            @Nullable OffsetDateTime offeredAt,
            @Nullable String answeredByName,
            @Nullable OffsetDateTime answeredAt,
            @Nullable String answerReason,
            @Nullable OffsetDateTime escalatedAt,
            TransferState.Side side,
            Set<TransferState> actions) {}

    /**
     * What the receiving commune reads before it accepts (and the sending commune keeps afterwards):
     * identity, basis and period, status, the last months' compliance and drug tests, open referrals,
     * and the timeline up to the move. Contact notes stay with the sending commune.
     */
    @Serdeable
    public record TransferSheet(
            Transfer transfer,
            String fullName,
            LocalDate dateOfBirth,
            String sex,
            @Nullable String nationalId,
            @Nullable String phone,
            String address,
            String basis,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate startDate,
            LocalDate plannedEndDate,
            String status,
            LocalDate statusSince,
            CheckinModels.Compliance compliance,
            List<DrugTestModels.DrugTest> drugTests,
            List<ReferralModels.Referral> openReferrals,
            List<CaseModels.TimelineEntry> timeline) {}

    /** Find a person among cases anywhere, by national ID or phone (one of them). */
    @Serdeable
    public record Lookup(
            @Nullable @Size(max = 20) String nationalId,
            @Nullable @Size(max = 20) String phone) {}

    /**
     * Only that a case exists and which commune holds it: no name, no status, nothing of the record.
     * {@code openTransferId}: a transfer of it already waiting, if any.
     */
    @Serdeable
    public record LookupResult(
            boolean found,
            @Nullable String caseId,
            @Nullable UnitName holdingUnit,
            @Nullable String openTransferId) {}
}
