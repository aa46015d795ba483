package vn.donghanh.contact;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A mentor's (or officer's) contact with a person; {@code concerns} is a comma-separated list of {@link Concern}. */
@MappedEntity("contact_log")
public record ContactLogEntity(
        @Id String id,
        String caseId,
        String type,
        Instant occurredAt,
        Instant receivedAt,
        String summary,
        String concerns,
        boolean followUpNeeded,
        String recordedBy) {}
