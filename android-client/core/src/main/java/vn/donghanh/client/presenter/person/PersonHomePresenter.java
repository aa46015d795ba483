package vn.donghanh.client.presenter.person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.HelpRequest;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.MentorContact;
import vn.donghanh.client.model.Opportunity;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.LocalDates;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.sync.Snapshots;
import vn.donghanh.client.time.Rfc3339;

/**
 * The person's home: "Cần giúp đỡ" and "Tôi ổn" first, what became of the last request for help
 * and whom to call (mentor and commune officers, numbers kept on the phone), whether today is
 * done and the streak, the next appointment, days remaining, opportunities nearby. Shows local
 * data at once, then syncs; everything the person does is queued first, so it works without
 * network, and the online reads are kept as snapshots for the next offline start.
 */
public final class PersonHomePresenter extends Presenter<PersonHomeView> {
    /** Snapshot kinds (key and case: the person's case id). */
    public static final String SNAPSHOT_MY_CASE = "MY_CASE";

    public static final String SNAPSHOT_OPPORTUNITIES = "OPPORTUNITIES";
    /** The move to another commune the person has (not yet) acknowledged; see {@link CommuneNotice}. */
    public static final String SNAPSHOT_COMMUNE_NOTICE = "COMMUNE_NOTICE";
    /** A request for help stays on the home screen this long (or while it is not sent). */
    static final long HELP_SHOWN_MILLIS = 24 * 3_600_000L;

    /** Sent from this screen and not synced back yet (the feed brings them at the next sync). */
    private final List<Long> sentCheckins = new CopyOnWriteArrayList<>();

    private final List<HelpStatus> sentHelp = new CopyOnWriteArrayList<>();
    private volatile boolean liveOpportunities;

    public PersonHomePresenter(PersonHomeView view, DongHanhClient client) {
        super(view, client);
    }

    /** Call from onStart: renders what is stored, then refreshes from the server. */
    public void start() {
        load(() -> build(true), PersonHomeView::render);
        refresh();
    }

    /** Sync (flushing the outbox first) and reload; offline keeps the local picture. */
    public void refresh() {
        load(
                () -> {
                    try {
                        client.syncNow(true);
                        String caseId = caseId();
                        long now = client.clock().nowMillis();
                        JSONObject myCase = client.api().myCaseJson();
                        noteCommuneChange(caseId, myCase, now);
                        client.snapshots().save(SNAPSHOT_MY_CASE, caseId, caseId, myCase.toString(), now);
                        JSONArray offers = client.api().openOpportunitiesJson();
                        client.snapshots().save(SNAPSHOT_OPPORTUNITIES, caseId, caseId, offers.toString(), now);
                        liveOpportunities = true;
                        return build(false);
                    } catch (IOException offline) {
                        liveOpportunities = false;
                        return build(true);
                    }
                },
                PersonHomeView::render);
    }

    /** "Đã hiểu" under the notice of a new commune: it is not shown again (until another move). */
    public void dismissCommuneNotice() {
        load(
                () -> {
                    String caseId = caseId();
                    CommuneNotice notice = communeNotice(caseId);
                    if (notice != null && !notice.seen) {
                        client.snapshots()
                                .save(
                                        SNAPSHOT_COMMUNE_NOTICE,
                                        caseId,
                                        caseId,
                                        notice.markedSeen().toJson(),
                                        client.clock().nowMillis());
                    }
                    return build(!liveOpportunities);
                },
                PersonHomeView::render);
    }

    /**
     * The stored copy of the case names another commune than the one just read: the case was
     * moved. Remember it until the person has seen it. A first read (no copy) or a copy from a
     * server that did not name the commune gives no notice: nothing is known to have changed.
     */
    private void noteCommuneChange(String caseId, JSONObject fresh, long now) {
        Snapshots.Snapshot before = client.snapshots().load(SNAPSHOT_MY_CASE, caseId);
        if (before == null) {
            return;
        }
        CaseDetail old = CaseDetail.from(Json.parse(before.json));
        CaseDetail current = CaseDetail.from(fresh);
        if (old.adminUnitId == null || current.adminUnitId == null || old.adminUnitId.equals(current.adminUnitId)) {
            return;
        }
        CommuneNotice notice = new CommuneNotice(current.adminUnitId, current.adminUnitName, old.adminUnitName, false);
        client.snapshots().save(SNAPSHOT_COMMUNE_NOTICE, caseId, caseId, notice.toJson(), now);
    }

    private CommuneNotice communeNotice(String caseId) {
        Snapshots.Snapshot s = caseId == null ? null : client.snapshots().load(SNAPSHOT_COMMUNE_NOTICE, caseId);
        return s == null ? null : CommuneNotice.fromJson(s.json);
    }

    /** Re-render the countdown (the app calls this every minute while visible). */
    public void tick() {
        load(() -> build(!liveOpportunities), PersonHomeView::render);
    }

    /** "Tôi ổn": wellbeing 1..5 and craving 0..10 are optional (null). */
    public void checkIn(final Integer wellbeing, final Integer craving, final String note) {
        final String caseId = caseId();
        load(
                () -> {
                    long at = client.clock().nowMillis();
                    String id = client.outbox().queueCheckin(caseId, wellbeing, craving, note);
                    boolean sent = sendNow(id);
                    if (sent) {
                        sentCheckins.add(at);
                    }
                    return sent;
                },
                (view, sent) -> {
                    view.showCheckinSaved(sent);
                    tick();
                });
    }

    /** "Cần giúp đỡ": category CRAVING, CRISIS, CONFLICT or OTHER. */
    public void askForHelp(final String category, final String note) {
        final String caseId = caseId();
        load(
                () -> {
                    long at = client.clock().nowMillis();
                    String id = client.outbox().queueHelpRequest(caseId, category, note);
                    boolean sent = sendNow(id);
                    if (sent) {
                        sentHelp.add(new HelpStatus(id, HelpStatus.State.SENT, category, at, null, null, null));
                    }
                    return sent;
                },
                (view, sent) -> {
                    view.showHelpRequestSaved(sent);
                    tick();
                });
    }

    /** Dials the mentor when their number is on the phone (the button is hidden otherwise). */
    public void callMentor() {
        load(() -> build(!liveOpportunities), (view, model) -> {
            if (model.mentorPhone != null) {
                view.dial(model.mentorPhone);
            }
        });
    }

    public void messageMentor() {
        load(() -> build(!liveOpportunities), (view, model) -> {
            if (model.mentorAccountId != null) {
                view.openMessages(model.caseId, model.mentorAccountId);
            }
        });
    }

    public void signOut() {
        load(() -> client.signOut(), (view, revoked) -> view.openSignIn());
    }

    /** True when the queued item reached the server right away. */
    private boolean sendNow(String id) {
        client.flusher().flush(true);
        return !client.outbox().isUnsent(id);
    }

    private String caseId() {
        Session s = client.auth().current();
        return s == null ? null : s.account.caseId;
    }

    PersonHomeModel build(boolean offline) throws NotSignedInException {
        Session session = client.auth().current();
        if (session == null) {
            throw new NotSignedInException();
        }
        String caseId = session.account.caseId;
        long now = client.clock().nowMillis();
        CaseSummary summary = client.records().caseSummary(caseId);
        Snapshots.Snapshot caseCopy = client.snapshots().load(SNAPSHOT_MY_CASE, caseId);
        CaseDetail d = caseCopy == null ? null : CaseDetail.from(Json.parse(caseCopy.json));
        List<Helper> helpers = helpers(d, summary);
        Helper mentor = !helpers.isEmpty() && helpers.get(0).role == Helper.Role.MENTOR ? helpers.get(0) : null;
        String endDate = d != null ? d.plannedEndDate : summary == null ? null : summary.plannedEndDate;
        AppointmentRow next = null;
        for (AppointmentOccurrence o : client.records().appointments(caseId)) {
            if (o.isScheduled() && o.startsAtMillis > now) {
                next = new AppointmentRow(
                        o.id,
                        o.type,
                        o.placeName,
                        o.placeAddress,
                        o.startsAtMillis,
                        Countdown.between(now, o.startsAtMillis));
                break;
            }
        }
        Snapshots.Snapshot offersCopy = client.snapshots().load(SNAPSHOT_OPPORTUNITIES, caseId);
        List<OpportunityRow> offers = offersCopy == null
                ? Collections.<OpportunityRow>emptyList()
                : opportunityRows(Json.list(Json.parseArray(offersCopy.json), Opportunity::from));
        return new PersonHomeModel(
                caseId,
                session.account.displayName,
                next,
                mentor == null ? (summary == null ? null : summary.mentorName) : mentor.name,
                mentor == null ? null : mentor.phone,
                mentor == null ? (summary == null ? null : summary.mentorId) : mentor.accountId,
                LocalDates.daysUntil(endDate, now, client.zone()),
                offers,
                offersCopy != null,
                offersCopy == null || !offline ? null : offersCopy.savedAtMillis,
                client.outbox().pendingCount() + client.outbox().failedCount(),
                client.outbox().failedCount(),
                offline,
                helpers,
                caseCopy == null ? null : caseCopy.savedAtMillis,
                client.records().lastSyncedAtMillis(),
                CheckinStreak.of(checkinTimes(caseId), now, client.zone()),
                help(caseId, helpers, now),
                d == null ? null : d.adminUnitName,
                unseen(communeNotice(caseId), d));
    }

    /** The notice while unseen and still true (the case copy names the commune it announces). */
    private static CommuneNotice unseen(CommuneNotice notice, CaseDetail d) {
        if (notice == null || notice.seen) {
            return null;
        }
        return d != null && notice.toUnitId.equals(d.adminUnitId) ? notice : null;
    }

    /** Mentor first, then the officers, as last read online; without that copy, the synced mentor's name. */
    static List<Helper> helpers(CaseDetail d, CaseSummary summary) {
        List<Helper> out = new ArrayList<>();
        if (d != null) {
            MentorContact m = d.mentor;
            if (m != null) {
                out.add(new Helper(Helper.Role.MENTOR, m.id, m.displayName, blankToNull(m.phone)));
            }
            for (MentorContact o : d.officers) {
                out.add(new Helper(Helper.Role.OFFICER, o.id, o.displayName, blankToNull(o.phone)));
            }
        } else if (summary != null && summary.mentorName != null) {
            out.add(new Helper(Helper.Role.MENTOR, summary.mentorId, summary.mentorName, null));
        }
        return out;
    }

    private List<Long> checkinTimes(String caseId) {
        List<Long> times = new ArrayList<>(sentCheckins);
        for (Checkin c : client.records().checkins(caseId)) {
            // The person's own check-ins only: an officer noting office presence is not "today is
            // done" for the person, whose daily self check-in is still due.
            if (c.kind == null || "SELF".equals(c.kind)) {
                times.add(c.occurredAtMillis);
            }
        }
        for (OutboxOperation op : client.outbox().unsent(caseId, OutboxKind.CHECKIN)) {
            times.add(occurredAt(op));
        }
        return times;
    }

    private HelpStatus help(String caseId, List<Helper> helpers, long now) {
        String mentorName =
                !helpers.isEmpty() && helpers.get(0).role == Helper.Role.MENTOR ? helpers.get(0).name : null;
        HelpStatus latest = null;
        for (OutboxOperation op : client.outbox().unsent(caseId, OutboxKind.HELP_REQUEST)) {
            HelpStatus s = new HelpStatus(
                    op.id,
                    op.state != OutboxOperation.State.PENDING ? HelpStatus.State.REFUSED : HelpStatus.State.NOT_SENT,
                    Json.string(op.bodyJson(), "category"),
                    op.createdAtMillis,
                    mentorName,
                    null,
                    null);
            latest = newer(latest, s);
        }
        List<HelpRequest> synced = client.records().helpRequests(caseId);
        for (HelpRequest r : synced) {
            Long answeredAt = r.acknowledgedAtMillis != null ? r.acknowledgedAtMillis : r.resolvedAtMillis;
            latest = newer(
                    latest,
                    new HelpStatus(
                            r.id,
                            answeredAt == null ? HelpStatus.State.SENT : HelpStatus.State.ANSWERED,
                            r.category,
                            r.createdAtMillis,
                            mentorName,
                            answeredAt,
                            answeredAt == null ? null : nameOf(helpers, r.acknowledgedBy)));
        }
        for (HelpStatus s : sentHelp) {
            if (!containsId(synced, s.id)) {
                latest = newer(
                        latest, new HelpStatus(s.id, s.state, s.category, s.askedAtMillis, mentorName, null, null));
            }
        }
        if (latest == null) {
            return null;
        }
        boolean stillOnPhone = !latest.reachedServer();
        return stillOnPhone || now - latest.askedAtMillis < HELP_SHOWN_MILLIS ? latest : null;
    }

    private static HelpStatus newer(HelpStatus a, HelpStatus b) {
        return a == null || b.askedAtMillis >= a.askedAtMillis ? b : a;
    }

    private static boolean containsId(List<HelpRequest> list, String id) {
        for (HelpRequest r : list) {
            if (id.equals(r.id)) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(List<Helper> helpers, String accountId) {
        for (Helper h : helpers) {
            if (accountId != null && accountId.equals(h.accountId)) {
                return h.name;
            }
        }
        return null;
    }

    private static long occurredAt(OutboxOperation op) {
        String at = Json.string(op.bodyJson(), "occurredAt");
        return at == null ? op.createdAtMillis : Rfc3339.parse(at);
    }

    private static String blankToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s;
    }

    private static List<OpportunityRow> opportunityRows(List<Opportunity> list) {
        List<OpportunityRow> rows = new ArrayList<>();
        for (Opportunity o : list) {
            rows.add(new OpportunityRow(
                    o.id, o.type, o.title, o.providerName, o.place, o.distance == null ? 2 : o.distance));
        }
        return rows;
    }
}
