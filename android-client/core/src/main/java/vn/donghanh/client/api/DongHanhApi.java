package vn.donghanh.client.api;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.CommuneSummary;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.model.Message;
import vn.donghanh.client.model.Notification;
import vn.donghanh.client.model.Opportunity;
import vn.donghanh.client.model.OverdueItem;
import vn.donghanh.client.model.Reminder;
import vn.donghanh.client.model.TimelineEntry;

/**
 * Typed reads of the API for the screens (creating calls go through the outbox instead).
 * Blocking; call from a background thread.
 */
public final class DongHanhApi {
    /** Page size for the lists read to their end (the service's largest). */
    private static final int PAGE = 200;

    private static final int OVERDUE_PAGE = 1000;
    private final ApiClient api;

    public DongHanhApi(ApiClient api) {
        this.api = api;
    }

    public ApiClient client() {
        return api;
    }

    public CaseDetail myCase() throws IOException, ApiException {
        return CaseDetail.from(api.getObject("/api/v1/me/case"));
    }

    public CaseDetail getCase(String caseId) throws IOException, ApiException {
        return CaseDetail.from(api.getObject("/api/v1/cases/" + caseId));
    }

    public List<Mentee> mentees() throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/mentees"), Mentee::from);
    }

    /** The newest check-ins first (one page of up to {@code limit}). */
    public List<Checkin> checkins(String caseId, int limit) throws IOException, ApiException {
        JSONObject page = api.getObject("/api/v1/cases/" + caseId + "/checkins?limit=" + limit);
        return Json.list(page.optJSONArray("items"), Checkin::from);
    }

    public List<Contact> contacts(String caseId) throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/cases/" + caseId + "/contacts"), Contact::from);
    }

    /** Occurrences in the server's default window (12 h ago to 14 days on). */
    public List<AppointmentOccurrence> appointments(String caseId) throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/cases/" + caseId + "/appointments"), AppointmentOccurrence::from);
    }

    /** Every reminder of the case, newest first (all pages). */
    public List<Reminder> reminders(String caseId) throws IOException, ApiException {
        return allPages("/api/v1/cases/" + caseId + "/reminders", PAGE, Reminder::from);
    }

    /** The conversation about a case between the caller and {@code withAccountId}, oldest first. */
    public List<Message> messages(String caseId, String withAccountId) throws IOException, ApiException {
        return allPages("/api/v1/cases/" + caseId + "/messages?with=" + encode(withAccountId), PAGE, Message::from);
    }

    /** The whole overdue list, longest overdue first (all pages; the service allows big ones, as each is a pass over the scope). */
    public List<OverdueItem> overdue() throws IOException, ApiException {
        return allPages("/api/v1/overdue", OVERDUE_PAGE, OverdueItem::from);
    }

    public List<CommuneSummary> communeSummary() throws IOException, ApiException {
        JSONObject report = api.getObject("/api/v1/reports/commune-summary");
        return Json.list(report.optJSONArray("communes"), CommuneSummary::from);
    }

    public List<TimelineEntry> timeline(String caseId) throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/cases/" + caseId + "/timeline"), TimelineEntry::from);
    }

    /** Open opportunities nearest first (a person always gets those around their own commune). */
    public List<Opportunity> openOpportunities() throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/opportunities"), Opportunity::from);
    }

    /** The person's own case as the server sent it (to keep as an offline snapshot). */
    public JSONObject myCaseJson() throws IOException, ApiException {
        return api.getObject("/api/v1/me/case");
    }

    /** {@link #openOpportunities()} as the server sent it (to keep as an offline snapshot). */
    public org.json.JSONArray openOpportunitiesJson() throws IOException, ApiException {
        return api.getArray("/api/v1/opportunities");
    }

    /** The newest page of who read or changed the person's own record (AccessLogPage). */
    public JSONObject myAccessLogJson(int limit) throws IOException, ApiException {
        return api.getObject("/api/v1/me/access-log?limit=" + limit);
    }

    /** Every open alert in scope, longest overdue first (all pages). */
    public List<Alert> alerts() throws IOException, ApiException {
        return allPages("/api/v1/alerts", PAGE, Alert::from);
    }

    public List<Notification> inbox() throws IOException, ApiException {
        JSONObject page = api.getObject("/api/v1/inbox");
        return Json.list(page.optJSONArray("items"), Notification::from);
    }

    /** The person's reminder settings as JSON (ReminderSettings schema). */
    public JSONObject reminderSettings(String caseId) throws IOException, ApiException {
        return api.getObject("/api/v1/cases/" + caseId + "/reminder-settings");
    }

    /** One page of the sync feed; {@code cursor} null starts from the beginning. */
    public JSONObject syncPage(String cursor, int limit) throws IOException, ApiException {
        String path = "/api/v1/sync?limit=" + limit + (cursor == null ? "" : "&cursor=" + encode(cursor));
        return api.getObject(path);
    }

    /**
     * Reads a cursor-paged list ({@code {items, nextCursor}}) to its end, passing each
     * {@code nextCursor} back as {@code cursor}; a cursor that does not move is the server's bug, not a loop.
     */
    <T> List<T> allPages(String path, int limit, Json.Reader<T> reader) throws IOException, ApiException {
        List<T> out = new ArrayList<>();
        String cursor = null;
        String sep = path.contains("?") ? "&" : "?";
        while (true) {
            JSONObject page =
                    api.getObject(path + sep + "limit=" + limit + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            out.addAll(Json.list(page.optJSONArray("items"), reader));
            String next = Json.string(page, "nextCursor");
            if (next == null) {
                return out;
            }
            if (next.equals(cursor)) {
                throw new IllegalStateException(path + ": nextCursor did not move");
            }
            cursor = next;
        }
    }

    static String encode(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // --- issue 17: the person's data rights ("Dữ liệu của tôi")

    /** The person's whole data copy as the server sent it (JSON text, to save as a file). */
    public String myDataJson() throws IOException, ApiException {
        return api.call("GET", "/api/v1/me/data", null);
    }

    /** The same copy laid out for reading and printing: the PDF's bytes, to save and open. */
    public byte[] myDataPdf() throws IOException, ApiException {
        return api.download("/api/v1/me/data/pdf", "application/pdf");
    }

    /** The consents in force (purposes never decided on are absent). */
    public org.json.JSONArray myConsentsJson() throws IOException, ApiException {
        return api.getArray("/api/v1/me/consents");
    }

    public JSONObject setConsent(String purpose, boolean granted) throws IOException, ApiException {
        JSONObject body = new JSONObject();
        body.put("granted", granted);
        return Json.parse(api.call("PUT", "/api/v1/me/consents/" + encode(purpose), body));
    }

    /** The person's correction requests, newest first, with their answers. */
    public org.json.JSONArray myCorrectionsJson() throws IOException, ApiException {
        return api.getArray("/api/v1/me/correction-requests");
    }

    public JSONObject askCorrection(String field, String proposedValue, String reason)
            throws IOException, ApiException {
        JSONObject body = new JSONObject();
        body.put("field", field);
        body.put("proposedValue", proposedValue);
        body.put("reason", reason);
        return api.post("/api/v1/me/correction-requests", body);
    }
}
