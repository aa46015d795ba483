package vn.donghanh.app.mentor;

import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.os.Bundle;
import android.view.View;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;
import java.util.Collections;
import vn.donghanh.app.R;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.officer.CaseTimelineActivity;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.presenter.mentor.ContactRow;
import vn.donghanh.client.presenter.mentor.MenteeModel;
import vn.donghanh.client.presenter.mentor.MenteePresenter;
import vn.donghanh.client.presenter.mentor.MenteeView;
import vn.donghanh.client.presenter.person.AppointmentRow;

/** One mentee: log a contact or home visit (works offline), contact history, check-ins, appointments. */
public class MenteeActivity extends ScreenActivity implements MenteeView {
    private static final String EXTRA_CASE_ID = "caseId";
    private static final String EXTRA_NAME = "name";
    private static final String EXTRA_PHONE = "phone";
    private static final String EXTRA_ACCOUNT_ID = "personAccountId";

    private MenteePresenter presenter;
    private Formats formats;

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
        final String caseId = getIntent().getStringExtra(EXTRA_CASE_ID);
        final String phone = getIntent().getStringExtra(EXTRA_PHONE);
        final String accountId = getIntent().getStringExtra(EXTRA_ACCOUNT_ID);
        ((TextView) findViewById(R.id.name)).setText(getIntent().getStringExtra(EXTRA_NAME));
        presenter = whileShown(new MenteePresenter(this, client(), caseId), MenteePresenter::start);

        View call = findViewById(R.id.call);
        call.setVisibility(phone == null ? View.GONE : View.VISIBLE);
        call.setOnClickListener(v -> startActivity(new Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phone, null))));
        View message = findViewById(R.id.message);
        message.setVisibility(accountId == null ? View.GONE : View.VISIBLE);
        message.setOnClickListener(v -> startActivity(MessagesActivity.intent(this, caseId, accountId)));
        findViewById(R.id.timeline).setOnClickListener(v -> startActivity(CaseTimelineActivity.intent(this, caseId)));
        findViewById(R.id.save_contact)
                .setOnClickListener(v -> presenter.logContact(
                        contactType(),
                        client().clock().nowMillis(),
                        ((EditText) findViewById(R.id.summary)).getText().toString(),
                        Collections.<String>emptyList(),
                        ((CheckBox) findViewById(R.id.follow_up)).isChecked()));
    }

    @Override
    public void render(MenteeModel model) {
        findViewById(R.id.offline).setVisibility(model.offline ? View.VISIBLE : View.GONE);
        LinearLayout contacts = findViewById(R.id.contacts);
        Rows.reset(contacts, model.contacts.isEmpty(), R.string.nothing_yet);
        for (ContactRow c : model.contacts) {
            String when = c.failed
                    ? getString(R.string.failed_marker)
                    : c.sent ? formats.dateTime(c.occurredAtMillis) : getString(R.string.not_sent_marker);
            Rows.addText(
                    contacts,
                    getString(R.string.contact_line, Labels.contactType(this, c.type), when) + "\n" + c.summary);
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

    @Override
    public void showInvalid(Field field) {
        ((TextView) findViewById(R.id.form_message))
                .setText(field == Field.TYPE ? R.string.invalid_contact_type : R.string.invalid_summary);
    }

    @Override
    public void showContactSaved(boolean sent) {
        toast(sent ? R.string.contact_saved_sent : R.string.contact_saved_not_sent);
        ((TextView) findViewById(R.id.form_message)).setText("");
        ((EditText) findViewById(R.id.summary)).setText("");
        ((CheckBox) findViewById(R.id.follow_up)).setChecked(false);
        ((RadioGroup) findViewById(R.id.contact_type)).clearCheck();
    }

    /** ContactType name of the chosen button, or null. */
    private String contactType() {
        int checked = ((RadioGroup) findViewById(R.id.contact_type)).getCheckedRadioButtonId();
        if (checked == R.id.type_home_visit) {
            return "HOME_VISIT";
        }
        if (checked == R.id.type_phone_call) {
            return "PHONE_CALL";
        }
        if (checked == R.id.type_meeting) {
            return "MEETING";
        }
        return checked == R.id.type_group_activity ? "GROUP_ACTIVITY" : null;
    }

    private String orDash(Integer value) {
        return value == null ? getString(R.string.not_given) : value.toString();
    }
}
