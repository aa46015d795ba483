package vn.donghanh.consent;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Consent per purpose, granted or withdrawn by the person; every change is kept, the newest is in force. */
@Singleton
public class ConsentService {
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ConsentWithdrawnEvent> withdrawals;
    private final Clock clock;

    public ConsentService(
            JdbcOperations jdbc,
            AuditLog audit,
            ApplicationEventPublisher<ConsentWithdrawnEvent> withdrawals,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    @Transactional
    public ConsentModels.Consent set(Caller caller, ConsentPurpose purpose, boolean granted) {
        String caseId = ownCase(caller);
        Instant now = clock.instant();
        SqlLists.update(
                jdbc,
                "INSERT INTO consent (id, case_id, purpose, granted, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        UUID.randomUUID().toString(),
                        caseId,
                        purpose.name(),
                        granted,
                        caller.accountId(),
                        Timestamp.from(now)));
        if (!granted) {
            // Withdrawal reaches back: what was kept under the consent is erased with it, by its owner.
            withdrawals.publishEvent(new ConsentWithdrawnEvent(caseId, purpose));
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.CONSENT_CHANGE, caseId, "consent:" + purpose, granted ? "granted" : "withdrawn"));
        return new ConsentModels.Consent(purpose, granted, now.atOffset(ZoneOffset.UTC));
    }

    @Transactional
    public List<ConsentModels.Consent> mine(Caller caller) {
        String caseId = ownCase(caller);
        List<ConsentModels.Consent> out = new ArrayList<>();
        for (ConsentPurpose p : ConsentPurpose.values()) {
            latest(caseId, p).ifPresent(out::add);
        }
        return out;
    }

    public boolean granted(String caseId, ConsentPurpose purpose) {
        return latest(caseId, purpose).map(ConsentModels.Consent::granted).orElse(false);
    }

    private java.util.Optional<ConsentModels.Consent> latest(String caseId, ConsentPurpose purpose) {
        return SqlLists.one(
                jdbc,
                "SELECT granted, recorded_at FROM consent WHERE case_id = ? AND purpose = ? ORDER BY seq DESC LIMIT 1",
                Arrays.asList(caseId, purpose.name()),
                rs -> new ConsentModels.Consent(
                        purpose,
                        rs.getBoolean(1),
                        rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC)));
    }

    private static String ownCase(Caller caller) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only the managed person gives or withdraws their consent");
        }
        return caller.caseId();
    }
}
