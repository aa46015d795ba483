package vn.donghanh.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A managed person's row; national ID and phone hold AES-GCM ciphertext. */
@MappedEntity("managed_case")
public record CaseEntity(
        @Id String id,
        String adminUnitId,
        String fullName,
        String nameSearch,
        LocalDate dateOfBirth,
        String sex,
        @Nullable String ethnicity,
        String preferredLanguage,
        @Nullable byte[] phoneEnc,
        @Nullable byte[] nationalIdEnc,
        String address,
        String basis,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String status,
        LocalDate statusSince,
        String timeZone,
        int version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}
