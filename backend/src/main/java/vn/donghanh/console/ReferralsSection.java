package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.opportunity.OpportunityModels;
import vn.donghanh.opportunity.OpportunityService;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.referral.ReferralStatus;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The case's referrals (to an opportunity or a provider, with their steps), the form that makes one
 * (an open opportunity the API offers around the case's commune, or a provider serving it) and, on
 * each referral, the form that moves it on as {@code ReferralService} allows an officer — the
 * person's own acceptance comes from the phone, so it is never offered here.
 */
@Singleton
public class ReferralsSection implements CaseSection {
    static final String NAME = "referrals";
    static final String FORM = "chkReferralForm";
    /** A step form re-shown with its problems: its values carry {@code referralId}. */
    static final String STEP_FORM = "chkStepForm";

    private final ReferralService referrals;
    private final OpportunityService opportunities;
    private final ProviderService providers;
    private final AccountService accounts;
    private final Clock clock;

    public ReferralsSection(
            ReferralService referrals,
            OpportunityService opportunities,
            ProviderService providers,
            AccountService accounts,
            Clock clock) {
        this.referrals = referrals;
        this.opportunities = opportunities;
        this.providers = providers;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The records' sections carry the prefix of their part ({@code chk-}) in their ids. */
    @Override
    public String anchor() {
        return "chk-" + name();
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        var list = referrals.forCase(session.caller(), c.id());
        Map<String, String> names = accounts.displayNamesOf(list.stream()
                .flatMap(r -> r.steps().stream())
                .map(ReferralModels.StepView::actorId)
                .collect(Collectors.toSet()));
        model.put("chkReferrals", list.stream().map(r -> row(r, names)).toList());
        model.putIfAbsent(FORM, ConsoleForm.blank(Map.of("id", RecordForms.newId())));
        model.putIfAbsent(STEP_FORM, ConsoleForm.blank(Map.of("referralId", "")));
        options(session.caller(), c.adminUnitId(), zone, model);
    }

    /** The opportunities and providers the API offers for the case's commune, and the kinds of a direct referral. */
    void options(Caller caller, String communeId, ZoneId zone, Map<String, Object> model) {
        model.put(
                "chkOpportunities",
                opportunities.searchAll(caller, null, null, OpportunityModels.Status.OPEN, communeId).stream()
                        .map(o -> ConsolePage.row(
                                "id",
                                o.id(),
                                "title",
                                o.title(),
                                "type",
                                o.type().name(),
                                "provider",
                                o.providerName()))
                        .toList());
        model.put(
                "chkProviders",
                providers.list(caller, communeId).stream()
                        .map(p -> ConsolePage.row("id", p.id(), "name", p.name()))
                        .toList());
        model.put(
                "chkReferralKinds",
                Arrays.stream(ReferralModels.Kind.values()).map(Enum::name).toList());
        model.put("chkToday", RecordForms.today(clock, zone));
    }

    /** The statuses an officer may move a referral to from {@code status}: the person's acceptance is theirs. */
    static List<String> officerNext(ReferralStatus status) {
        return Arrays.stream(ReferralStatus.values())
                .filter(s -> status.canMoveTo(s) && s != ReferralStatus.ACCEPTED)
                .map(Enum::name)
                .toList();
    }

    static Map<String, Object> row(ReferralModels.Referral r, Map<String, String> names) {
        return ConsolePage.row(
                "id", r.id(),
                "title", r.opportunityTitle(),
                "provider", r.providerName(),
                "kind", r.kind().name(),
                "status", r.status().name(),
                "statusDate", ConsoleFormat.date(r.statusDate()),
                "next", officerNext(r.status()),
                "waitsForPerson", r.status() == ReferralStatus.PROPOSED,
                "steps",
                        r.steps().stream()
                                .map(s -> ConsolePage.row(
                                        "to", s.toStatus().name(),
                                        "date", ConsoleFormat.date(s.date()),
                                        "note", s.note(),
                                        "by", names.get(s.actorId())))
                                .toList());
    }
}
