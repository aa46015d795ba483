package vn.donghanh.client.presenter.mentor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.Presenter;

/**
 * Logging a contact or home visit: when it happened (now by default, up to 30 days back like the
 * server's createContact), what kind, a summary, concerns and whether follow-up is needed. Queued
 * in the outbox with the chosen time, so it works offline.
 */
public final class ContactFormPresenter extends Presenter<ContactFormView> {
    /** The server's limit on backdating (createContact: occurredAt at most 30 days back). */
    public static final long MAX_BACKDATE_MILLIS = 30L * 24 * 60 * 60 * 1000;
    /** The server accepts 10 minutes ahead (clock drift); the form never offers the future. */
    public static final long MAX_AHEAD_MILLIS = 10L * 60 * 1000;
    /** backend contact/Concern.java, in the order shown. */
    public static final List<String> CONCERNS = Collections.unmodifiableList(
            Arrays.asList("SUSPECTED_RELAPSE", "FAMILY_CONFLICT", "UNEMPLOYMENT", "HEALTH", "HOUSING", "LEGAL"));

    private static final List<String> TYPES = Arrays.asList("HOME_VISIT", "PHONE_CALL", "MEETING", "GROUP_ACTIVITY");

    private final String caseId;

    public ContactFormPresenter(ContactFormView view, DongHanhClient client, String caseId) {
        super(view, client);
        this.caseId = caseId;
    }

    public void start() {
        if (view() != null) {
            long now = client.clock().nowMillis();
            view().render(new ContactFormModel(now, now - MAX_BACKDATE_MILLIS, now, CONCERNS));
        }
    }

    /** The first problem with the input, or null when it can be queued. */
    public ContactFormView.Field validate(String type, long occurredAtMillis, String summary) {
        long now = client.clock().nowMillis();
        if (type == null || !TYPES.contains(type)) {
            return ContactFormView.Field.TYPE;
        }
        if (occurredAtMillis < now - MAX_BACKDATE_MILLIS) {
            return ContactFormView.Field.OCCURRED_TOO_LONG_AGO;
        }
        if (occurredAtMillis > now + MAX_AHEAD_MILLIS) {
            return ContactFormView.Field.OCCURRED_IN_FUTURE;
        }
        if (summary == null || summary.trim().isEmpty()) {
            return ContactFormView.Field.SUMMARY;
        }
        return null;
    }

    /** Queues the contact (works offline) and tries to send it at once. */
    public void save(
            final String type,
            final long occurredAtMillis,
            final String summary,
            List<String> concerns,
            final boolean followUpNeeded) {
        ContactFormView.Field invalid = validate(type, occurredAtMillis, summary);
        if (invalid != null) {
            if (view() != null) {
                view().showInvalid(invalid);
            }
            return;
        }
        final List<String> chosen = new ArrayList<>();
        for (String c : CONCERNS) {
            if (concerns != null && concerns.contains(c)) {
                chosen.add(c);
            }
        }
        load(
                () -> {
                    String id = client.outbox()
                            .queueContact(caseId, type, occurredAtMillis, summary.trim(), chosen, followUpNeeded);
                    client.flusher().flush(true);
                    return !client.outbox().isUnsent(id);
                },
                ContactFormView::showContactSaved);
    }
}
