package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.CaseSummary;
import vn.donghanh.client.model.HelpRequest;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.model.Notification;
import vn.donghanh.client.outbox.Outbox;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.sync.Snapshots;
import vn.donghanh.client.time.Rfc3339;

/**
 * What the mentor's screens share: the mentee list and the open alerts read online and kept as
 * snapshots (with the time they were read) for offline use, the open help requests from the
 * synced records, and where each "Tôi đang lo" stands.
 */
final class MentorData {
    static final String MENTEES = "MENTOR_MENTEES";
    static final String ALERTS = "MENTOR_ALERTS";
    static final String CASE_DETAIL = "CASE_DETAIL";
    /** Local marker: this phone acknowledged (keyed by the outbox id); out of the outbox it means sent. */
    static final String ACKNOWLEDGED = "MENTOR_ACKNOWLEDGED";

    static final String KEY = "all";

    private MentorData() {}

    /** A list read online now or from a snapshot, with when it was read. */
    static final class Known<T> {
        final T value;
        final long asOfMillis;

        Known(T value, long asOfMillis) {
            this.value = value;
            this.asOfMillis = asOfMillis;
        }
    }

    static List<Mentee> fetchMentees(DongHanhClient client) throws IOException, ApiException {
        JSONArray raw = client.api().client().getArray("/api/v1/mentees");
        client.snapshots()
                .save(MENTEES, KEY, null, raw.toString(), client.clock().nowMillis());
        return Json.list(raw, Mentee::from);
    }

    /** The last mentee list read on this phone (cases since removed from the phone left out), or null. */
    static Known<List<Mentee>> lastMentees(DongHanhClient client) {
        Snapshots.Snapshot s = client.snapshots().load(MENTEES, KEY);
        if (s == null) {
            return null;
        }
        Set<String> onPhone = new HashSet<>();
        for (CaseSummary c : client.records().cases()) {
            onPhone.add(c.id);
        }
        List<Mentee> out = new ArrayList<>();
        for (Mentee m : Json.list(Json.parseArray(s.json), Mentee::from)) {
            if (onPhone.isEmpty() || onPhone.contains(m.caseId)) {
                out.add(m);
            }
        }
        return new Known<List<Mentee>>(out, s.savedAtMillis);
    }

    static Mentee lastMentee(DongHanhClient client, String caseId) {
        Known<List<Mentee>> known = lastMentees(client);
        if (known != null) {
            for (Mentee m : known.value) {
                if (m.caseId.equals(caseId)) {
                    return m;
                }
            }
        }
        return null;
    }

    static List<Alert> fetchAlerts(DongHanhClient client) throws IOException, ApiException {
        List<Alert> alerts = client.api().alerts();
        JSONArray out = new JSONArray();
        for (Alert a : alerts) {
            JSONObject o = new JSONObject();
            Json.put(o, "id", a.id);
            Json.put(o, "caseId", a.caseId);
            Json.put(o, "fullName", a.fullName);
            Json.put(o, "kind", a.kind);
            Json.put(o, "overdueSince", Rfc3339.formatUtc(a.overdueSinceMillis));
            if (a.firstActionAtMillis != null) {
                Json.put(o, "firstActionAt", Rfc3339.formatUtc(a.firstActionAtMillis));
            }
            out.put(o);
        }
        client.snapshots()
                .save(ALERTS, KEY, null, out.toString(), client.clock().nowMillis());
        return alerts;
    }

    static Known<List<Alert>> lastAlerts(DongHanhClient client) {
        Snapshots.Snapshot s = client.snapshots().load(ALERTS, KEY);
        return s == null
                ? null
                : new Known<List<Alert>>(Json.list(Json.parseArray(s.json), Alert::from), s.savedAtMillis);
    }

    /** One open help request with the person's name (from the synced case), newest first. */
    static final class OpenHelp {
        final HelpRequest request;
        final String fullName;
        final Acknowledgement acknowledgement;

        OpenHelp(HelpRequest request, String fullName, Acknowledgement acknowledgement) {
            this.request = request;
            this.fullName = fullName;
            this.acknowledgement = acknowledgement;
        }
    }

    /**
     * Help requests nobody has answered yet as far as the synced HELP_REQUEST records know (one
     * this phone acknowledged stays, marked, until the feed brings it back answered). Unread help notifications of
     * requests the feed did not carry (an older server) are listed too, without a reason.
     */
    static List<OpenHelp> openHelp(DongHanhClient client, String caseIdOrNull) {
        Map<String, String> names = new HashMap<>();
        for (CaseSummary c : client.records().cases()) {
            names.put(c.id, c.fullName);
        }
        List<OpenHelp> out = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (HelpRequest h : client.records().helpRequests(caseIdOrNull)) {
            known.add(h.id);
            if (h.isWaitingForAnswer()) {
                out.add(new OpenHelp(h, names.get(h.caseId), helpAcknowledgement(client, h)));
            }
        }
        for (Notification n : client.records().notifications()) {
            boolean help = "HELP_REQUESTED".equals(n.kind) || "HELP_ESCALATED".equals(n.kind);
            if (!help || n.readAtMillis != null || (caseIdOrNull != null && !caseIdOrNull.equals(n.caseId))) {
                continue;
            }
            String id = n.subjectId == null ? n.id : n.subjectId;
            if (known.add(id)) {
                HelpRequest h = new HelpRequest(id, n.caseId, null, null, n.createdAtMillis, null, null, null, null);
                out.add(new OpenHelp(h, names.get(n.caseId), helpAcknowledgement(client, h)));
            }
        }
        return out;
    }

    static Acknowledgement helpAcknowledgement(DongHanhClient client, HelpRequest h) {
        Acknowledgement local = local(client, Outbox.helpAcknowledgementId(h.id));
        if (local != null) {
            return local;
        }
        return h.acknowledgedAtMillis != null ? Acknowledgement.RECORDED : Acknowledgement.NONE;
    }

    static Acknowledgement alertAcknowledgement(DongHanhClient client, Alert a) {
        Acknowledgement local = local(client, Outbox.alertAcknowledgementId(a.id));
        if (local != null) {
            return local;
        }
        return a.firstActionAtMillis != null ? Acknowledgement.RECORDED : Acknowledgement.NONE;
    }

    /** This phone's own acknowledgement: waiting, refused or sent; null when it has none. */
    private static Acknowledgement local(DongHanhClient client, String outboxId) {
        for (OutboxOperation op : client.outbox().unsent()) {
            if (op.id.equals(outboxId)) {
                return op.state != OutboxOperation.State.PENDING ? Acknowledgement.FAILED : Acknowledgement.QUEUED;
            }
        }
        return client.snapshots().load(ACKNOWLEDGED, outboxId) != null ? Acknowledgement.SENT : null;
    }

    /**
     * Notes that this phone acknowledged (at queueing time): once the item has left the outbox,
     * whoever flushed it (this screen, the background sync), it was accepted by the server.
     */
    static void rememberAcknowledged(DongHanhClient client, String outboxId, String caseId) {
        client.snapshots()
                .save(ACKNOWLEDGED, outboxId, caseId, "{}", client.clock().nowMillis());
    }

    static long minutesBetween(long fromMillis, long toMillis) {
        return Math.max(0L, (toMillis - fromMillis) / 60_000L);
    }

    static long daysBetween(long fromMillis, long toMillis) {
        return Math.max(0L, (toMillis - fromMillis) / 86_400_000L);
    }
}
