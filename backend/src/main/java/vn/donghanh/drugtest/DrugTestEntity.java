package vn.donghanh.drugtest;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("drug_test")
public record DrugTestEntity(
        @Id String id,
        String caseId,
        LocalDate testedOn,
        String result,
        String testedBy,
        String recordedBy,
        Instant recordedAt) {}
