package vn.donghanh.audit;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.security.Caller;

@Controller("/api/v1/audit")
@Secured("ADMIN")
public class AuditController {
    private final AuditVerifier verifier;
    private final AuditLog log;

    public AuditController(AuditVerifier verifier, AuditLog log) {
        this.verifier = verifier;
        this.log = log;
    }

    /** Recomputes the whole hash chain; {@code valid=false} names the first broken row. */
    @Get("/verification")
    public AuditModels.Result verify(Caller caller) {
        AuditModels.Result result = verifier.verify();
        log.append(AuditEntry.of(caller, AuditAction.AUDIT_VERIFY, null, "audit", result.valid() ? "valid" : "broken"));
        return result;
    }
}
