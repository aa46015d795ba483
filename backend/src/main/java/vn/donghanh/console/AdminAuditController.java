package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.audit.AuditModels;
import vn.donghanh.audit.AuditVerifier;
import vn.donghanh.common.ServiceTime;

/**
 * The audit chain check, as {@code GET /api/v1/audit/verification} does it: the whole chain
 * recomputed by {@code AuditVerifier}, and the check itself written to the audit log. The page
 * asks first (a button), since the walk reads every row.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminAuditController {
    private final AuditVerifier verifier;
    private final AuditLog log;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    public AdminAuditController(AuditVerifier verifier, AuditLog log, ServiceTime time) {
        this.verifier = verifier;
        this.log = log;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    @Get(value = ConsolePaths.ADMIN_AUDIT, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String check) {
        Map<String, Object> model = AdminPages.model(request, session, "audit");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        if (check != null) {
            AuditModels.Result result = verifier.verify();
            log.append(AuditEntry.of(
                    session.caller(), AuditAction.AUDIT_VERIFY, null, "audit", result.valid() ? "valid" : "broken"));
            var locale = ConsoleMessages.localeOf(request);
            model.put(
                    "result",
                    ConsolePage.row(
                            "valid", result.valid(),
                            "checked", OversightFormat.number(result.checked(), locale),
                            "broken",
                                    result.firstBrokenSeq() == null
                                            ? null
                                            : OversightFormat.number(result.firstBrokenSeq(), locale),
                            "problem", problemKey(result.problem()),
                            "at", ConsoleFormat.dateTime(clock.instant().atOffset(java.time.ZoneOffset.UTC), zone)));
        }
        return ConsolePage.render("console/admin-audit", model);
    }

    /** The verifier's finding as a word key (its English sentences are for the API's JSON). */
    static String problemKey(String problem) {
        if (problem == null) {
            return null;
        }
        if (problem.contains("has no head")) {
            return "ovs.audit.problem.nohead";
        }
        if (problem.contains("is missing")) {
            return "ovs.audit.problem.missing";
        }
        if (problem.contains("link")) {
            return "ovs.audit.problem.link";
        }
        if (problem.contains("hash")) {
            return "ovs.audit.problem.hash";
        }
        return "ovs.audit.problem.removed";
    }
}
