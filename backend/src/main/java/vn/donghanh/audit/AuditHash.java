package vn.donghanh.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.donghanh.security.SecretHasher;

/** The one definition of a row's hash, shared by the writer and the verifier. */
final class AuditHash {
    private AuditHash() {}

    static String of(String prevHash, long seq, Instant occurredAt, AuditEntry e) {
        String canonical = String.join(
                "|",
                prevHash,
                Long.toString(seq),
                occurredAt.truncatedTo(ChronoUnit.MICROS).toString(),
                nz(e.actorId()),
                nz(e.actorRole()),
                e.action().name(),
                nz(e.caseId()),
                nz(e.target()),
                nz(e.clientIp()),
                nz(e.detail()));
        return SecretHasher.sha256(canonical);
    }

    private static String nz(String s) {
        // Escape the separator so that field boundaries cannot be forged by content.
        return s == null ? "\u2400" : s.replace("\\", "\\\\").replace("|", "\\|");
    }
}
