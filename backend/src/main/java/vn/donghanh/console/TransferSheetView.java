package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Map;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.transfer.TransferModels;

/**
 * The transfer sheet ({@code TransferService.sheet}) as the transfer page reads it: identity, basis
 * and period, status, compliance per plan in words, drug tests, open referrals and the timeline,
 * every date already {@code dd/MM/yyyy}. Contact notes are not on it (the service leaves them out).
 */
@Singleton
class TransferSheetView {
    private final ZoneId zone;

    TransferSheetView(ServiceTime time) {
        this.zone = time.zone();
    }

    Map<String, Object> of(TransferModels.TransferSheet s, Map<String, Object> model) {
        RecurrenceWords words = SupervisionParts.recurrence(model);
        var c = s.compliance();
        int expected = c.plans().stream().mapToInt(p -> p.expected()).sum();
        int satisfied = c.plans().stream().mapToInt(p -> p.satisfied()).sum();
        return ConsolePage.row(
                "fullName", s.fullName(),
                "dateOfBirth", ConsoleFormat.date(s.dateOfBirth()),
                "sex", s.sex(),
                "nationalId", s.nationalId(),
                "phone", s.phone(),
                "address", s.address(),
                "basis", s.basis(),
                "decisionNumber", s.decisionNumber(),
                "decisionDate", ConsoleFormat.date(s.decisionDate()),
                "startDate", ConsoleFormat.date(s.startDate()),
                "plannedEndDate", ConsoleFormat.date(s.plannedEndDate()),
                "status", s.status(),
                "statusSince", ConsoleFormat.date(s.statusSince()),
                "complianceFrom", ConsoleFormat.date(c.from()),
                // The period is [from, to): the last day counted is the one before "to".
                "complianceTo", ConsoleFormat.date(c.to().minusDays(1)),
                "expected", expected,
                "satisfied", satisfied,
                "percent", expected == 0 ? null : Math.round(satisfied * 100f / expected),
                "plans",
                        c.plans().stream()
                                .map(p -> ConsolePage.row(
                                        "kind", p.kind().name(),
                                        "schedule", words.describe(p.rrule()),
                                        "expected", p.expected(),
                                        "satisfied", p.satisfied(),
                                        "percent", p.percent(),
                                        "overdueSince",
                                                p.overdueSince() == null
                                                        ? null
                                                        : ConsoleFormat.dateTime(p.overdueSince(), zone)))
                                .toList(),
                "drugTests",
                        s.drugTests().stream()
                                .map(d -> ConsolePage.row(
                                        "testedOn", ConsoleFormat.date(d.testedOn()),
                                        "result", d.result().name(),
                                        "testedBy", d.testedBy()))
                                .toList(),
                "referrals",
                        s.openReferrals().stream()
                                .map(r -> ConsolePage.row(
                                        "kind", r.kind().name(),
                                        "title", r.opportunityTitle(),
                                        "provider", r.providerName(),
                                        "status", r.status().name(),
                                        "statusDate", ConsoleFormat.date(r.statusDate())))
                                .toList(),
                "timeline",
                        s.timeline().stream()
                                .map(t -> ConsolePage.row(
                                        "type", t.type().name(),
                                        "from",
                                                t.fromStatus() == null
                                                        ? null
                                                        : t.fromStatus().name(),
                                        "to",
                                                t.toStatus() == null
                                                        ? null
                                                        : t.toStatus().name(),
                                        "reason", t.reason(),
                                        "effective", ConsoleFormat.date(t.effectiveDate()),
                                        "at", ConsoleFormat.dateTime(t.occurredAt(), zone),
                                        "actor", t.actorName()))
                                .toList());
    }
}
