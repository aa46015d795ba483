package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.Countdown;
import vn.donghanh.client.presenter.Presenter;
import vn.donghanh.client.presenter.person.AppointmentRow;
import vn.donghanh.client.time.Rfc3339;

/** One mentee (for a mentor; officers can use it too): history and "log a contact / home visit". */
public final class MenteePresenter extends Presenter<MenteeView> {
    private static final int RECENT_CHECKINS = 10;

    private final String caseId;

    public MenteePresenter(MenteeView view, DongHanhClient client, String caseId) {
        super(view, client);
        this.caseId = caseId;
    }

    public void start() {
        load(this::model, MenteeView::render);
    }

    /** Queues the contact (works offline) and tries to send it at once. */
    public void logContact(
            final String type,
            final long occurredAtMillis,
            final String summary,
            final List<String> concerns,
            final boolean followUpNeeded) {
        if (type == null) {
            view().showInvalid(MenteeView.Field.TYPE);
            return;
        }
        if (summary == null || summary.trim().isEmpty()) {
            view().showInvalid(MenteeView.Field.SUMMARY);
            return;
        }
        load(
                () -> {
                    String id = client.outbox()
                            .queueContact(caseId, type, occurredAtMillis, summary.trim(), concerns, followUpNeeded);
                    client.flusher().flush(true);
                    return !client.outbox().isUnsent(id);
                },
                (view, sent) -> {
                    view.showContactSaved(sent);
                    start();
                });
    }

    MenteeModel model() throws Exception {
        boolean offline = false;
        List<Checkin> checkins;
        List<AppointmentOccurrence> appointments;
        List<Contact> contacts;
        try {
            checkins = client.api().checkins(caseId, RECENT_CHECKINS);
            appointments = client.api().appointments(caseId);
            contacts = client.api().contacts(caseId);
        } catch (IOException e) {
            offline = true;
            checkins = client.records().checkins(caseId);
            appointments = client.records().appointments(caseId);
            contacts = client.records().contacts(caseId);
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
                    op.state == OutboxOperation.State.FAILED));
        }
        for (Contact c : contacts) {
            rows.add(new ContactRow(
                    c.id, c.type, c.occurredAtMillis, c.summary, c.concerns, c.followUpNeeded, true, false));
        }
        List<Checkin> recent = checkins.size() > RECENT_CHECKINS ? checkins.subList(0, RECENT_CHECKINS) : checkins;
        return new MenteeModel(caseId, new ArrayList<>(recent), upcoming, rows, offline);
    }
}
