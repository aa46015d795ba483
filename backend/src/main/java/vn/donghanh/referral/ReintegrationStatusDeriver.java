package vn.donghanh.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reintegration status from referrals and retention checks, replayed in date order: a placement
 * makes the person EMPLOYED (a course that ends in a placement included), an enrolment in a course
 * IN_TRAINING, a retention check answered STOPPED (or the referral ending) ends that activity. With no activity left, a person who has been
 * referred is UNEMPLOYED; one never referred is UNKNOWN.
 */
final class ReintegrationStatusDeriver {
    private ReintegrationStatusDeriver() {}

    record Answer(String referralId, LocalDate date, ReferralModels.Outcome outcome) {}

    private record Event(LocalDate date, long order, String referralId, String kind) {}

    static ReferralModels.Reintegration derive(
            String caseId, List<ReferralModels.Referral> referrals, List<Answer> answers) {
        List<Event> events = new ArrayList<>();
        long order = 0;
        for (ReferralModels.Referral r : referrals) {
            for (ReferralModels.StepView s : r.steps()) {
                if (s.toStatus() == ReferralStatus.PLACED) {
                    events.add(new Event(
                            s.date(),
                            order++,
                            r.id(),
                            r.kind() == ReferralModels.Kind.COURSE ? "COURSE_DONE" : "WORK"));
                } else if (s.toStatus() == ReferralStatus.ENROLLED && r.kind() == ReferralModels.Kind.COURSE) {
                    events.add(new Event(s.date(), order++, r.id(), "TRAINING"));
                } else if (s.toStatus() == ReferralStatus.NOT_PLACED || s.toStatus() == ReferralStatus.WITHDRAWN) {
                    events.add(new Event(s.date(), order++, r.id(), "END"));
                }
            }
        }
        for (Answer a : answers) {
            if (a.outcome() == ReferralModels.Outcome.STOPPED) {
                events.add(new Event(a.date(), order++, a.referralId(), "END"));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::order));
        Set<String> working = new HashSet<>();
        Set<String> training = new HashSet<>();
        List<ReferralModels.ReintegrationChange> history = new ArrayList<>();
        ReferralModels.ReintegrationStatus current = referrals.isEmpty()
                ? ReferralModels.ReintegrationStatus.UNKNOWN
                : ReferralModels.ReintegrationStatus.UNEMPLOYED;
        LocalDate since = referrals.isEmpty()
                ? null
                : referrals.stream()
                        .map(ReferralModels.Referral::steps)
                        .flatMap(List::stream)
                        .map(ReferralModels.StepView::date)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
        for (Event e : events) {
            switch (e.kind()) {
                case "WORK" -> working.add(e.referralId());
                case "TRAINING" -> training.add(e.referralId());
                case "COURSE_DONE" -> {
                    // A course that ends in a placement is work now.
                    training.remove(e.referralId());
                    working.add(e.referralId());
                }
                default -> {
                    working.remove(e.referralId());
                    training.remove(e.referralId());
                }
            }
            ReferralModels.ReintegrationStatus next = !working.isEmpty()
                    ? ReferralModels.ReintegrationStatus.EMPLOYED
                    : !training.isEmpty()
                            ? ReferralModels.ReintegrationStatus.IN_TRAINING
                            : ReferralModels.ReintegrationStatus.UNEMPLOYED;
            if (next != current) {
                current = next;
                since = e.date();
                history.add(new ReferralModels.ReintegrationChange(e.date(), next, e.referralId()));
            }
        }
        return new ReferralModels.Reintegration(caseId, current, since, history);
    }
}
