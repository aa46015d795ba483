package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.security.Role;

/**
 * The case's own writes on its page (order 10, first): edit, change status with a reason,
 * complete, issue an activation code, print the certificate — each offered only where the case's
 * status allows it (the service would refuse the rest anyway, but an officer should not be shown
 * a button that can only fail). Officers only: the services refuse every other role.
 */
@Singleton
public class CaseActionsSection implements CaseSection {
    private final Clock clock;

    public CaseActionsSection(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            model.put("caseActions", null);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
        Map<String, Object> actions = actionsOf(c, today);
        actions.put("statusForm", ConsoleForm.blank(statusDefaults(c, today)));
        Map<String, String> complete = statusDefaults(c, today);
        complete.put("status", CaseStatus.COMPLETED.name());
        actions.put("completeForm", ConsoleForm.blank(complete));
        model.put("caseActions", actions);
    }

    /** What may be done with {@code c} now, and where each is sent. */
    static Map<String, Object> actionsOf(CaseModels.CaseDetail c, LocalDate today) {
        CaseStatus status = c.status();
        boolean open = !status.isClosed();
        Map<String, Object> a = new HashMap<>();
        a.put("caseId", c.id());
        a.put("fullName", c.fullName());
        a.put("caseHref", ConsolePaths.casePage(c.id()));
        a.put("status", status.name());
        a.put("plannedEndDate", ConsoleFormat.date(c.plannedEndDate()));
        a.put("editHref", CaseFormController.editPath(c.id()));
        a.put("statusAction", CaseActionsController.statusPath(c.id()));
        // Completion has a form of its own; the general change offers the other moves.
        a.put(
                "nextStatuses",
                status.next().stream()
                        .filter(s -> s != CaseStatus.COMPLETED)
                        .sorted()
                        .map(Enum::name)
                        .toList());
        a.put("allStatuses", status.next().stream().sorted().map(Enum::name).toList());
        a.put(
                "canComplete",
                status.canMoveTo(CaseStatus.COMPLETED) && !c.plannedEndDate().isAfter(today));
        // Before the period ends the service refuses completion: say from when, offer no button.
        a.put(
                "completeLater",
                status.canMoveTo(CaseStatus.COMPLETED) && c.plannedEndDate().isAfter(today));
        a.put("canIssueCode", open && c.phone() != null);
        a.put("needsPhone", open && c.phone() == null);
        a.put("activationAction", CaseActionsController.activationPath(c.id()));
        a.put("certificateHref", status == CaseStatus.COMPLETED ? CaseActionsController.certificatePath(c.id()) : null);
        return a;
    }

    /** A blank status change: its own id (a form sent twice records one change), effective today. */
    static Map<String, String> statusDefaults(CaseModels.CaseDetail c, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("id", UUID.randomUUID().toString());
        v.put("effectiveDate", ConsoleFormat.date(today));
        return v;
    }
}
