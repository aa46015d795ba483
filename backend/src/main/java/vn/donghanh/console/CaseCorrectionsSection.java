package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.privacy.CorrectionModels;
import vn.donghanh.privacy.CorrectionService;
import vn.donghanh.privacy.CorrectionStatus;
import vn.donghanh.security.Role;

/**
 * The person's correction requests (issue 17, order 12, under the actions), through {@code
 * CorrectionService.ofCase} as {@code GET /api/v1/cases/{id}/correction-requests}: the open ones
 * with what the case holds, what the person proposes and why, and the officer's accept and decline
 * forms ({@link CaseCorrectionsController}); the answered ones below. For officers only (the page's
 * contents link to it).
 */
@Singleton
class CaseCorrectionsSection implements CaseSection {
    private final CorrectionService corrections;
    private final ServiceTime time;

    CaseCorrectionsSection(CorrectionService corrections, ServiceTime time) {
        this.corrections = corrections;
        this.time = time;
    }

    @Override
    public String name() {
        return "corrections";
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            model.put("caseCorrections", null);
            return;
        }
        List<CorrectionModels.Correction> all = corrections.ofCase(session.caller(), c.id());
        model.put(
                "caseCorrections",
                ConsolePage.row(
                        "open",
                                all.stream()
                                        .filter(r -> r.status() == CorrectionStatus.OPEN)
                                        .map(r -> row(c.id(), r))
                                        .toList(),
                        "past",
                                all.stream()
                                        .filter(r -> r.status() != CorrectionStatus.OPEN)
                                        .map(r -> row(c.id(), r))
                                        .toList()));
    }

    private Map<String, Object> row(String caseId, CorrectionModels.Correction r) {
        return ConsolePage.row(
                "id", r.id(),
                "field", r.field().name(),
                "current", r.currentValue(),
                "proposed", r.proposedValue(),
                "reason", r.reason(),
                "status", r.status().name(),
                "requestedAt", ConsoleFormat.dateTime(r.requestedAt(), time.zone()),
                "decidedBy", r.decidedByName(),
                "decidedAt", r.decidedAt() == null ? null : ConsoleFormat.dateTime(r.decidedAt(), time.zone()),
                "declineReason", r.declineReason(),
                "action", CaseCorrectionsController.decisionPath(caseId, r.id()));
    }
}
