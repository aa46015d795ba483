package vn.donghanh.app.mentor;

import android.app.DatePickerDialog;
import android.app.TimePickerDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.text.format.DateFormat;
import android.widget.Button;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.ContactFormModel;
import vn.donghanh.client.presenter.mentor.ContactFormPresenter;
import vn.donghanh.client.presenter.mentor.ContactFormView;

/** Log a contact or home visit with its date and time (now by default, up to 30 days back), concerns, follow-up. */
public class ContactFormActivity extends ScreenActivity implements ContactFormView {
    private static final String EXTRA_CASE_ID = "caseId";
    private static final String EXTRA_NAME = "name";
    private static final String STATE_WHEN = "occurredAt";

    private ContactFormPresenter presenter;
    private MentorLabels labels;
    private Calendar when;
    private ContactFormModel model;
    private final Map<String, CheckBox> concerns = new LinkedHashMap<>();

    public static Intent intent(Context context, String caseId, String name) {
        return new Intent(context, ContactFormActivity.class)
                .putExtra(EXTRA_CASE_ID, caseId)
                .putExtra(EXTRA_NAME, name);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_contact_form);
        labels = new MentorLabels(this, client().zone());
        String name = getIntent().getStringExtra(EXTRA_NAME);
        ((TextView) findViewById(R.id.title))
                .setText(
                        name == null
                                ? getString(R.string.mentor_contact_form_title_plain)
                                : getString(R.string.mentor_contact_form_title, name));
        when = Calendar.getInstance(client().zone());
        presenter = new ContactFormPresenter(this, client(), getIntent().getStringExtra(EXTRA_CASE_ID));
        presenter.start();
        if (savedInstanceState != null && savedInstanceState.containsKey(STATE_WHEN)) {
            when.setTimeInMillis(savedInstanceState.getLong(STATE_WHEN));
            showWhen();
        }
        findViewById(R.id.date).setOnClickListener(v -> pickDate());
        findViewById(R.id.time).setOnClickListener(v -> pickTime());
        findViewById(R.id.save_contact)
                .setOnClickListener(v -> presenter.save(
                        contactType(),
                        when.getTimeInMillis(),
                        ((EditText) findViewById(R.id.summary)).getText().toString(),
                        chosenConcerns(),
                        ((CheckBox) findViewById(R.id.follow_up)).isChecked()));
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        out.putLong(STATE_WHEN, when.getTimeInMillis());
    }

    @Override
    protected void onDestroy() {
        presenter.detach();
        super.onDestroy();
    }

    @Override
    public void render(ContactFormModel model) {
        this.model = model;
        when.setTimeInMillis(model.defaultOccurredAtMillis);
        when.set(Calendar.SECOND, 0);
        when.set(Calendar.MILLISECOND, 0);
        showWhen();
        LinearLayout list = findViewById(R.id.concerns);
        list.removeAllViews();
        concerns.clear();
        for (String concern : model.concerns) {
            CheckBox box = (CheckBox) getLayoutInflater().inflate(R.layout.row_concern, list, false);
            box.setText(labels.concern(concern));
            box.setContentDescription(labels.concern(concern));
            list.addView(box);
            concerns.put(concern, box);
        }
    }

    /** The date picker (limited to what the server accepts), then the time. */
    private void pickDate() {
        DatePickerDialog dialog = new DatePickerDialog(
                this,
                (picker, year, month, day) -> {
                    when.set(year, month, day);
                    clampToNow();
                    showWhen();
                },
                when.get(Calendar.YEAR),
                when.get(Calendar.MONTH),
                when.get(Calendar.DAY_OF_MONTH));
        if (model != null) {
            dialog.getDatePicker().setMinDate(model.earliestMillis);
            dialog.getDatePicker().setMaxDate(model.latestMillis);
        }
        dialog.show();
    }

    private void pickTime() {
        new TimePickerDialog(
                        this,
                        (picker, hour, minute) -> {
                            when.set(Calendar.HOUR_OF_DAY, hour);
                            when.set(Calendar.MINUTE, minute);
                            showWhen();
                        },
                        when.get(Calendar.HOUR_OF_DAY),
                        when.get(Calendar.MINUTE),
                        DateFormat.is24HourFormat(this))
                .show();
    }

    /** Today's date with an earlier-chosen later hour would be in the future: bring it to now. */
    private void clampToNow() {
        long now = client().clock().nowMillis();
        if (when.getTimeInMillis() > now) {
            when.setTimeInMillis(now);
        }
    }

    private void showWhen() {
        String date = getString(R.string.mentor_contact_date, labels.date(when.getTimeInMillis()));
        String time = getString(R.string.mentor_contact_time, labels.time(when.getTimeInMillis()));
        Button dateButton = findViewById(R.id.date);
        dateButton.setText(date);
        dateButton.setContentDescription(date);
        Button timeButton = findViewById(R.id.time);
        timeButton.setText(time);
        timeButton.setContentDescription(time);
    }

    @Override
    public void showInvalid(Field field) {
        int text;
        switch (field) {
            case TYPE:
                text = R.string.invalid_contact_type;
                break;
            case OCCURRED_TOO_LONG_AGO:
                text = R.string.mentor_contact_too_long_ago;
                break;
            case OCCURRED_IN_FUTURE:
                text = R.string.mentor_contact_in_future;
                break;
            default:
                text = R.string.invalid_summary;
        }
        ((TextView) findViewById(R.id.form_message)).setText(text);
    }

    @Override
    public void showContactSaved(boolean sent) {
        toast(sent ? R.string.contact_saved_sent : R.string.contact_saved_not_sent);
        finish();
    }

    private List<String> chosenConcerns() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, CheckBox> e : concerns.entrySet()) {
            if (e.getValue().isChecked()) {
                out.add(e.getKey());
            }
        }
        return out;
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
}
