package vn.donghanh.retention;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.privacy.RetentionPeriod;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** What the retention job did, for admins (API and console): runs newest first, and each run's cases. */
@Singleton
public class RetentionService {
    private final RetentionStore store;
    private final AuditLog audit;
    private final RetentionPeriod retention;

    RetentionService(RetentionStore store, AuditLog audit, RetentionPeriod retention) {
        this.store = store;
        this.audit = audit;
        this.retention = retention;
    }

    /** The configured retention time, as ISO-8601 (for the pages that explain it). */
    public String afterClosure() {
        return retention.afterClosure().toString();
    }

    @Transactional
    public Page<RetentionModels.Run> runs(Caller caller, String cursor, int limit) {
        requireAdmin(caller);
        Instant afterStarted = null;
        String afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            afterStarted = Cursor.instant(parts.get(0));
            afterId = parts.get(1);
        }
        List<RetentionModels.Run> rows = store.runs(afterStarted, afterId, limit + 1);
        audit.append(AuditEntry.of(caller, AuditAction.RETENTION_RUNS_READ, null, "retention-runs", null));
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.startedAt().toInstant().toString(), last.id()));
    }

    @Transactional
    public RetentionModels.Run run(Caller caller, String runId) {
        requireAdmin(caller);
        RetentionModels.Run run = store.run(runId).orElseThrow(ApiException::notFound);
        audit.append(AuditEntry.of(caller, AuditAction.RETENTION_RUNS_READ, null, "retention-run:" + runId, null));
        return run;
    }

    @Transactional
    public Page<RetentionModels.AnonymisedCase> cases(Caller caller, String runId, String cursor, int limit) {
        requireAdmin(caller);
        store.run(runId).orElseThrow(ApiException::notFound);
        String after = cursor == null ? null : Cursor.decode(cursor, 1).get(0);
        List<RetentionModels.AnonymisedCase> rows = store.casesOf(runId, after, limit + 1);
        audit.append(AuditEntry.of(caller, AuditAction.RETENTION_RUNS_READ, null, "retention-run:" + runId, "cases"));
        return Page.ofOverfetched(rows, limit, last -> Cursor.encode(last.caseId()));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden("only an admin sees what the retention job did");
        }
    }
}
