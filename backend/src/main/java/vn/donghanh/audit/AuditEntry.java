package vn.donghanh.audit;

import vn.donghanh.security.Caller;

/** What one audit row records before it is chained. */
public record AuditEntry(
        String actorId,
        String actorRole,
        AuditAction action,
        String caseId,
        String target,
        String clientIp,
        String detail) {

    public static AuditEntry of(Caller caller, AuditAction action, String caseId, String target, String detail) {
        return new AuditEntry(
                caller.accountId(), caller.role().name(), action, caseId, target, caller.clientAddress(), detail);
    }
}
