package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("checkin")
public record CheckinEntity(
        @Id String id,
        String caseId,
        String kind,
        Instant occurredAt,
        Instant receivedAt,
        @Nullable Integer wellbeing,
        @Nullable Integer craving,
        @Nullable String note,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        String recordedBy) {}
