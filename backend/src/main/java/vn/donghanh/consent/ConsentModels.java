package vn.donghanh.consent;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The consent API's request and response bodies. */
public final class ConsentModels {
    private ConsentModels() {}

    @Serdeable
    public record Consent(ConsentPurpose purpose, boolean granted, OffsetDateTime recordedAt) {}

    @Serdeable
    public record SetConsent(@NotNull Boolean granted) {}
}
