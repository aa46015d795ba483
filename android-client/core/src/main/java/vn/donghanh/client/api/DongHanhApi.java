package vn.donghanh.client.api;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
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

    public List<Reminder> reminders(String caseId) throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/cases/" + caseId + "/reminders"), Reminder::from);
    }

    /** The conversation about a case between the caller and {@code withAccountId}, oldest first. */
    public List<Message> messages(String caseId, String withAccountId) throws IOException, ApiException {
        String path = "/api/v1/cases/" + caseId + "/messages?with=" + encode(withAccountId);
        return Json.list(api.getArray(path), Message::from);
    }

    public List<OverdueItem> overdue() throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/overdue"), OverdueItem::from);
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

    public List<Alert> alerts() throws IOException, ApiException {
        return Json.list(api.getArray("/api/v1/alerts"), Alert::from);
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

    static String encode(String value) {
        try {
            return URLEncoder.encode(value, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
