package vn.donghanh.drugtest;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.donghanh.common.PlausiblePast;

/** The drug-test API's request and response bodies, kept apart from {@link DrugTestEntity}. */
public final class DrugTestModels {
    private DrugTestModels() {}

    @Serdeable
    public record RecordDrugTest(
            @NotNull UUID id,
            @NotNull @PlausiblePast LocalDate testedOn,
            @NotNull DrugTestResult result,
            @NotBlank @Size(max = 200) String testedBy) {}

    /** {@code decisionNeeded}: the officer should now decide whether the case's status changes. */
    @Serdeable
    public record DrugTest(
            String id,
            String caseId,
            LocalDate testedOn,
            DrugTestResult result,
            String testedBy,
            String recordedBy,
            OffsetDateTime recordedAt,
            boolean decisionNeeded) {}
}
