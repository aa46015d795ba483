package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.presenter.person.AppointmentRow;
import vn.donghanh.client.sync.Snapshots;
import vn.donghanh.client.time.Rfc3339;

/**
 * One mentee (for a mentor; officers can use it too): Call, Message, "Tôi đang lo" for a waiting
 * help request or an overdue alert, message the commune officer, and the history. The contact
 * details come from CaseDetail, kept as a snapshot so Call works offline.
 */
public final class MenteePresenter extends Presenter<MenteeView> {
    private static final int RECENT_CHECKINS = 10;

    private final String caseId;
    private final String knownName;
    private final String knownPhone;
    private final String knownAccountId;
    private volatile MenteeModel shown;

    /** {@code name}, {@code phone}, {@code personAccountId}: what the opening screen knew (each may be null). */
    public MenteePresenter(
            MenteeView view, DongHanhClient client, String caseId, String name, String phone, String personAccountId) {
        super(view, client);
        this.caseId = caseId;
        this.knownName = name;
        this.knownPhone = phone;
        this.knownAccountId = personAccountId;
    }

    public void start() {
        load(this::model, this::show);
    }

    public void call() {
        MenteeModel m = shown;
        if (m != null && m.phone != null && view() != null) {
            view().dial(m.phone);
        }
    }

    public void message() {
        MenteeModel m = shown;
        if (m != null && m.personAccountId != null && view() != null) {
            view().openMessages(caseId, m.personAccountId);
        }
    }

    public void messageOfficer() {
        MenteeModel m = shown;
        if (m != null && m.officerAccountId != null && view() != null) {
            view().openMessages(caseId, m.officerAccountId);
        }
    }

    public void logContact() {
        if (view() != null) {
            view().openContactForm(caseId, shown == null ? knownName : shown.fullName);
        }
    }

    public void refer() {
        if (view() != null) {
            view().openReferral(caseId, shown == null ? knownName : shown.fullName);
        }
    }

    /** "Tôi đang lo" for {@link MenteeModel#acknowledgeable()}; queued, works offline. */
    public void acknowledge() {
        MenteeModel m = shown;
        final AlertRow target = m == null ? null : m.acknowledgeable();
        if (target == null) {
            return;
        }
        load(
                () -> {
                    String id = target.kind == AlertRow.Kind.HELP_REQUEST
                            ? client.outbox().queueHelpAcknowledgement(caseId, target.id)
                            : client.outbox().queueAlertAcknowledgement(caseId, target.id);
                    MentorData.rememberAcknowledged(client, id, caseId);
                    client.flusher().flush(true);
                    return !client.outbox().isUnsent(id);
                },
                (view, sent) -> {
                    view.showAcknowledged(sent);
                    start();
                });
    }

    private void show(MenteeView view, MenteeModel model) {
        shown = model;
        view.render(model);
    }

    MenteeModel model() throws Exception {
        boolean offline = false;
        List<Checkin> checkins;
        List<AppointmentOccurrence> appointments;
        List<Contact> contacts;
        List<Alert> alerts;
        JSONObject detail;
        Long detailsAsOf;
        try {
            detail = client.api().client().getObject("/api/v1/cases/" + caseId);
            client.snapshots()
                    .save(
                            MentorData.CASE_DETAIL,
                            caseId,
                            caseId,
                            detail.toString(),
                            client.clock().nowMillis());
            detailsAsOf = client.clock().nowMillis();
            checkins = client.api().checkins(caseId, RECENT_CHECKINS);
            appointments = client.api().appointments(caseId);
            contacts = client.api().contacts(caseId);
            alerts = alertsOrLastKnown();
            if (knownAccountId == null && MentorData.lastMentee(client, caseId) == null) {
                try {
                    MentorData.fetchMentees(client);
                } catch (ApiException notAMentor) {
                    // An officer has no mentee list: Message then hides (no account known).
                }
            }
        } catch (IOException e) {
            offline = true;
            Snapshots.Snapshot s = client.snapshots().load(MentorData.CASE_DETAIL, caseId);
            detail = s == null ? null : Json.parse(s.json);
            detailsAsOf = s == null ? null : s.savedAtMillis;
            checkins = client.records().checkins(caseId);
            appointments = client.records().appointments(caseId);
            contacts = client.records().contacts(caseId);
            MentorData.Known<List<Alert>> last = MentorData.lastAlerts(client);
            alerts = last == null ? new ArrayList<Alert>() : last.value;
        }

        Mentee listed = MentorData.lastMentee(client, caseId);
        CaseSummary synced = client.records().caseSummary(caseId);
        String name = firstOf(
                detail == null ? null : Json.string(detail, "fullName"),
                listed == null ? null : listed.fullName,
                synced == null ? null : synced.fullName,
                knownName);
        String phone = firstOf(
                detail == null ? null : Json.string(detail, "phone"), listed == null ? null : listed.phone, knownPhone);
        String accountId = firstOf(listed == null ? null : listed.personAccountId, knownAccountId);
        String officerId = null;
        String officerName = null;
        JSONArray officers = detail == null ? null : detail.optJSONArray("officers");
        if (officers != null && officers.length() > 0 && officers.optJSONObject(0) != null) {
            officerId = Json.string(officers.optJSONObject(0), "id");
            officerName = Json.string(officers.optJSONObject(0), "displayName");
        }

        AlertRow help = null;
        AlertRow alert = null;
        for (AlertRow r : AlertsPresenter.rows(client, alerts, caseId)) {
            if (r.kind == AlertRow.Kind.HELP_REQUEST && help == null) {
                help = r;
            } else if (r.kind == AlertRow.Kind.OVERDUE && alert == null) {
                alert = r;
            }
        }

        long now = client.clock().nowMillis();
        List<AppointmentRow> upcoming = new ArrayList<>();
        for (AppointmentOccurrence o : appointments) {
            if (o.isScheduled() && o.startsAtMillis > now) {
                upcoming.add(new AppointmentRow(
                        o.id,
                        o.type,
                        o.placeName,
                        o.placeAddress,
                        o.startsAtMillis,
                        Countdown.between(now, o.startsAtMillis)));
            }
        }
        List<ContactRow> rows = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Contact c : contacts) {
            known.add(c.id);
        }
        for (OutboxOperation op : client.outbox().unsent(caseId, OutboxKind.CONTACT)) {
            if (known.contains(op.id)) {
                continue;
            }
            JSONObject b = op.bodyJson();
            rows.add(new ContactRow(
                    op.id,
                    Json.string(b, "type"),
                    Rfc3339.parse(Json.string(b, "occurredAt")),
                    Json.string(b, "summary"),
                    Json.strings(b, "concerns"),
                    Json.bool(b, "followUpNeeded"),
                    false,
                    op.state != OutboxOperation.State.PENDING));
        }
        for (Contact c : contacts) {
            rows.add(new ContactRow(
                    c.id, c.type, c.occurredAtMillis, c.summary, c.concerns, c.followUpNeeded, true, false));
        }
        List<Checkin> recent = checkins.size() > RECENT_CHECKINS ? checkins.subList(0, RECENT_CHECKINS) : checkins;
        return new MenteeModel(
                caseId,
                name,
                phone,
                accountId,
                officerId,
                officerName,
                help,
                alert,
                new ArrayList<>(recent),
                upcoming,
                rows,
                offline,
                detailsAsOf);
    }

    /** The open alerts; a refusal (another role, an older server) leaves the page with the last copy. */
    private List<Alert> alertsOrLastKnown() throws IOException {
        try {
            return MentorData.fetchAlerts(client);
        } catch (ApiException refused) {
            MentorData.Known<List<Alert>> last = MentorData.lastAlerts(client);
            return last == null ? new ArrayList<Alert>() : last.value;
        }
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && v.trim().length() > 0) {
                return v;
            }
        }
        return null;
    }
}
