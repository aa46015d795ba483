package vn.donghanh.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausiblePast;

public final class ContactModels {
    private ContactModels() {}

    @Serdeable
    public record CreateContact(
            @NotNull UUID id,
            @NotNull ContactType type,
            @NotNull @PlausiblePast OffsetDateTime occurredAt,
            @NotBlank @Size(max = 2000) String summary,
            @NotNull @Size(max = 6) List<@NotNull Concern> concerns,
            @NotNull Boolean followUpNeeded) {}

    @Serdeable
    public record Contact(
            String id,
            String caseId,
            ContactType type,
            OffsetDateTime occurredAt,
            OffsetDateTime receivedAt,
            String summary,
            List<Concern> concerns,
            boolean followUpNeeded,
            String recordedBy) {}
}
