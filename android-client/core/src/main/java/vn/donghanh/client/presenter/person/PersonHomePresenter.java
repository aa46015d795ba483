package vn.donghanh.client.presenter.person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Opportunity;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.LocalDates;
import vn.donghanh.client.presenter.Presenter;

/**
 * The person's home: next appointment with countdown, "Tôi ổn" check-in, "Cần giúp đỡ", the
 * mentor, days remaining, opportunities nearby. Shows local data at once, then syncs; everything
 * the person does is queued first, so it works without network.
 */
public final class PersonHomePresenter extends Presenter<PersonHomeView> {
    private volatile CaseDetail detail;
    private volatile List<OpportunityRow> opportunities = Collections.emptyList();

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
                        detail = client.api().myCase();
                        opportunities = opportunityRows(client.api().openOpportunities());
                        return build(false);
                    } catch (IOException offline) {
                        return build(true);
                    }
                },
                PersonHomeView::render);
    }

    /** Re-render the countdown (the app calls this every minute while visible). */
    public void tick() {
        load(() -> build(detail == null), PersonHomeView::render);
    }

    /** "Tôi ổn": wellbeing 1..5 and craving 0..10 are optional (null). */
    public void checkIn(final Integer wellbeing, final Integer craving, final String note) {
        final String caseId = caseId();
        load(
                () -> {
                    String id = client.outbox().queueCheckin(caseId, wellbeing, craving, note);
                    return sendNow(id);
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
                    String id = client.outbox().queueHelpRequest(caseId, category, note);
                    return sendNow(id);
                },
                (view, sent) -> {
                    view.showHelpRequestSaved(sent);
                    tick();
                });
    }

    public void callMentor() {
        CaseDetail d = detail;
        if (view() != null && d != null && d.mentor != null && d.mentor.phone != null) {
            view().dial(d.mentor.phone);
        }
    }

    public void messageMentor() {
        load(() -> build(detail == null), (view, model) -> {
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
        CaseDetail d = detail;
        String mentorName = d != null
                ? (d.mentor == null ? null : d.mentor.displayName)
                : summary == null ? null : summary.mentorName;
        String mentorId =
                d != null ? (d.mentor == null ? null : d.mentor.id) : summary == null ? null : summary.mentorId;
        String mentorPhone = d != null && d.mentor != null ? d.mentor.phone : null;
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
        return new PersonHomeModel(
                caseId,
                session.account.displayName,
                next,
                mentorName,
                mentorPhone,
                mentorId,
                LocalDates.daysUntil(endDate, now, client.zone()),
                opportunities,
                client.outbox().pendingCount() + client.outbox().failedCount(),
                client.outbox().failedCount(),
                offline);
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
