package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.mentoring.MentoringModels;
import vn.donghanh.mentoring.MentoringService;
import vn.donghanh.security.Role;

/**
 * The case's mentor: who it is now (phone, since when), the earlier assignments, and the forms to
 * assign one (each mentor within the officer's scope with their load against the limit, from
 * {@code MentoringService.candidates}) and to end the assignment with a reason. Reads through
 * {@code MentoringService.forCase}, as {@code GET /api/v1/cases/{id}/assignments}; only officers
 * manage mentors, so the part is left out for anyone else.
 */
@Singleton
class CaseMentorSection implements CaseSection {
    private final MentoringService mentoring;
    private final Clock clock;

    CaseMentorSection(MentoringService mentoring, Clock clock) {
        this.mentoring = mentoring;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mentor";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        List<MentoringModels.Assignment> all = mentoring.forCase(session.caller(), c.id());
        MentoringModels.Assignment active = all.stream()
                .filter(MentoringModels.Assignment::active)
                .findFirst()
                .orElse(null);
        List<MentoringModels.MentorLoad> candidates = mentoring.candidates(session.caller(), c.id());
        String today = ConsoleFormat.date(SupervisionParts.today(clock, c));
        model.put(
                "supMentor",
                ConsolePage.row(
                        "current",
                        active == null
                                ? null
                                : ConsolePage.row(
                                        "assignmentId", active.id(),
                                        "name", active.mentorName(),
                                        "phone",
                                                c.mentor() == null
                                                        ? null
                                                        : c.mentor().phone(),
                                        "since", ConsoleFormat.date(active.startDate())),
                        "history",
                        all.stream()
                                .filter(a -> !a.active())
                                .map(a -> ConsolePage.row(
                                        "name", a.mentorName(),
                                        "from", ConsoleFormat.date(a.startDate()),
                                        "to", ConsoleFormat.date(a.endDate()),
                                        "reason", a.endReason()))
                                .toList(),
                        "max",
                        candidates.isEmpty() ? null : candidates.get(0).max(),
                        "candidates",
                        candidates.stream()
                                .map(m -> ConsolePage.row(
                                        "id",
                                        m.mentorId(),
                                        "name",
                                        m.displayName(),
                                        "organisation",
                                        m.organisationName(),
                                        "label",
                                        m.organisationName() == null
                                                ? m.displayName()
                                                : m.displayName() + " (" + m.organisationName() + ")",
                                        "active",
                                        m.active(),
                                        "max",
                                        m.max(),
                                        "full",
                                        m.full()))
                                .toList()));
        model.putIfAbsent("supMentorAssign", ConsoleForm.blank(Map.of("startDate", today)));
        model.putIfAbsent("supMentorEnd", ConsoleForm.blank(Map.of("endDate", today)));
    }
}
