package vn.donghanh.app.mentor;

import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import vn.donghanh.app.R;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.officer.CaseTimelineActivity;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.presenter.mentor.AlertRow;
import vn.donghanh.client.presenter.mentor.ContactRow;
import vn.donghanh.client.presenter.mentor.MenteeModel;
import vn.donghanh.client.presenter.mentor.MenteePresenter;
import vn.donghanh.client.presenter.mentor.MenteeView;
import vn.donghanh.client.presenter.person.AppointmentRow;

/**
 * One mentee: a waiting help request or overdue alert with "Tôi đang lo", Call and Message, the
 * commune officer, logging a contact, referring; then the history.
 */
public class MenteeActivity extends ScreenActivity implements MenteeView {
    private static final String EXTRA_CASE_ID = "caseId";
    private static final String EXTRA_NAME = "name";
    private static final String EXTRA_PHONE = "phone";
    private static final String EXTRA_ACCOUNT_ID = "personAccountId";

    private MenteePresenter presenter;
    private Formats formats;
    private MentorLabels labels;

    /** {@code name}, {@code phone}, {@code personAccountId} may be null: the screen finds them itself. */
    public static Intent intent(Context context, String caseId, String name, String phone, String personAccountId) {
        return new Intent(context, MenteeActivity.class)
                .putExtra(EXTRA_CASE_ID, caseId)
                .putExtra(EXTRA_NAME, name)
                .putExtra(EXTRA_PHONE, phone)
                .putExtra(EXTRA_ACCOUNT_ID, personAccountId);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_mentee);
        formats = new Formats(this, client().zone());
        labels = new MentorLabels(this, client().zone());
        final String caseId = getIntent().getStringExtra(EXTRA_CASE_ID);
        ((TextView) findViewById(R.id.name)).setText(getIntent().getStringExtra(EXTRA_NAME));
        presenter = whileShown(
                new MenteePresenter(
                        this,
                        client(),
                        caseId,
                        getIntent().getStringExtra(EXTRA_NAME),
                        getIntent().getStringExtra(EXTRA_PHONE),
                        getIntent().getStringExtra(EXTRA_ACCOUNT_ID)),
                MenteePresenter::start);
        // Hidden until the presenter knows a number / an account.
        findViewById(R.id.call).setVisibility(View.GONE);
        findViewById(R.id.message).setVisibility(View.GONE);
        findViewById(R.id.call).setOnClickListener(v -> presenter.call());
        findViewById(R.id.message).setOnClickListener(v -> presenter.message());
        findViewById(R.id.message_officer).setOnClickListener(v -> presenter.messageOfficer());
        findViewById(R.id.acknowledge).setOnClickListener(v -> presenter.acknowledge());
        findViewById(R.id.log_contact).setOnClickListener(v -> presenter.logContact());
        findViewById(R.id.refer).setOnClickListener(v -> presenter.refer());
        findViewById(R.id.timeline).setOnClickListener(v -> startActivity(CaseTimelineActivity.intent(this, caseId)));
    }

    @Override
    public void render(MenteeModel model) {
        long now = client().clock().nowMillis();
        ((TextView) findViewById(R.id.name)).setText(model.fullName);
        TextView offline = findViewById(R.id.offline);
        offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        offline.setText(
                model.detailsAsOfMillis == null
                        ? getString(R.string.mentor_details_unknown)
                        : getString(R.string.mentor_details_as_of, labels.asOf(model.detailsAsOfMillis, now)));

        renderHelp(model.help);
        renderAlert(model.alert);
        AlertRow answering = model.acknowledgeable();
        Button acknowledge = findViewById(R.id.acknowledge);
        acknowledge.setVisibility(answering == null ? View.GONE : View.VISIBLE);
        if (answering != null) {
            acknowledge.setBackgroundTintList(android.content.res.ColorStateList.valueOf(
                    getColor(answering.kind == AlertRow.Kind.HELP_REQUEST ? R.color.help : R.color.warning)));
        }
        AlertRow answered = model.help != null ? model.help : model.alert;
        String status = answering != null || answered == null ? null : labels.acknowledgement(answered.acknowledgement);
        TextView ackStatus = findViewById(R.id.ack_status);
        ackStatus.setText(status == null ? "" : status);
        ackStatus.setVisibility(status == null ? View.GONE : View.VISIBLE);

        findViewById(R.id.call).setVisibility(model.phone == null ? View.GONE : View.VISIBLE);
        findViewById(R.id.message).setVisibility(model.personAccountId == null ? View.GONE : View.VISIBLE);
        Button officer = findViewById(R.id.message_officer);
        officer.setVisibility(model.officerAccountId == null ? View.GONE : View.VISIBLE);

        LinearLayout contacts = findViewById(R.id.contacts);
        Rows.reset(contacts, model.contacts.isEmpty(), R.string.nothing_yet);
        for (ContactRow c : model.contacts) {
            String when = c.failed
                    ? getString(R.string.failed_marker)
                    : c.sent ? formats.dateTime(c.occurredAtMillis) : getString(R.string.not_sent_marker);
            String head = getString(R.string.contact_line, Labels.contactType(this, c.type), when);
            StringBuilder line = new StringBuilder(head).append('\n').append(c.summary);
            if (c.concerns != null && !c.concerns.isEmpty()) {
                StringBuilder names = new StringBuilder();
                for (String concern : c.concerns) {
                    names.append(names.length() == 0 ? "" : ", ").append(labels.concern(concern));
                }
                line.append('\n').append(getString(R.string.mentor_contact_concerns, names));
            }
            if (c.followUpNeeded) {
                line.append('\n').append(getString(R.string.mentor_contact_follow_up));
            }
            Rows.addText(contacts, line.toString());
        }
        LinearLayout checkins = findViewById(R.id.checkins);
        Rows.reset(checkins, model.recentCheckins.isEmpty(), R.string.nothing_yet);
        for (Checkin c : model.recentCheckins) {
            Rows.addText(
                    checkins,
                    getString(
                            R.string.checkin_line,
                            formats.dateTime(c.occurredAtMillis),
                            orDash(c.wellbeing),
                            orDash(c.craving)));
        }
        LinearLayout appointments = findViewById(R.id.appointments);
        Rows.reset(appointments, model.upcomingAppointments.isEmpty(), R.string.nothing_yet);
        for (AppointmentRow a : model.upcomingAppointments) {
            Rows.addText(
                    appointments,
                    getString(
                            R.string.appointment_at,
                            Labels.appointmentType(this, a.type),
                            formats.dateTime(a.startsAtMillis)));
        }
    }

    private void renderHelp(AlertRow help) {
        findViewById(R.id.help_card).setVisibility(help == null ? View.GONE : View.VISIBLE);
        if (help == null) {
            return;
        }
        ((TextView) findViewById(R.id.help_headline))
                .setText(getString(R.string.mentor_alert_help_title, labels.ago(help.minutesAgo)));
        String why = getString(R.string.mentor_alert_reason, labels.helpReason(help.reason));
        ((TextView) findViewById(R.id.help_reason))
                .setText(help.note == null ? why : why + "\n" + getString(R.string.mentor_alert_note, help.note));
    }

    private void renderAlert(AlertRow alert) {
        findViewById(R.id.alert_card).setVisibility(alert == null ? View.GONE : View.VISIBLE);
        if (alert != null) {
            ((TextView) findViewById(R.id.alert_headline))
                    .setText(getString(
                            R.string.mentor_alert_overdue_line,
                            labels.daysOverdue(alert.daysOverdue),
                            Labels.planKind(this, alert.reason)));
        }
    }

    @Override
    public void dial(String phone) {
        startActivity(new Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phone, null)));
    }

    @Override
    public void openMessages(String caseId, String withAccountId) {
        startActivity(MessagesActivity.intent(this, caseId, withAccountId));
    }

    @Override
    public void openContactForm(String caseId, String fullName) {
        startActivity(ContactFormActivity.intent(this, caseId, fullName));
    }

    @Override
    public void openReferral(String caseId, String fullName) {
        startActivity(ReferralActivity.intent(this, caseId, fullName));
    }

    @Override
    public void showAcknowledged(boolean sent) {
        toast(sent ? R.string.mentor_on_it_saved_sent : R.string.mentor_on_it_saved_not_sent);
    }

    private String orDash(Integer value) {
        return value == null ? getString(R.string.not_given) : value.toString();
    }
}
