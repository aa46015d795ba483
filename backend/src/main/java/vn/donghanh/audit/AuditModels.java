package vn.donghanh.audit;

import io.micronaut.serde.annotation.Serdeable;

/** The audit API's response bodies. */
public final class AuditModels {
    private AuditModels() {}

    @Serdeable
    public record Result(boolean valid, long checked, Long firstBrokenSeq, String problem) {}
}
