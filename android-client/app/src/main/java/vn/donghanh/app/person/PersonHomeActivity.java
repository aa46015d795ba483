package vn.donghanh.app.person;

import android.Manifest;
import android.annotation.TargetApi;
import android.app.AlarmManager;
import android.app.AlertDialog;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.net.Uri;
import android.os.Build;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.provider.Settings;
import android.view.View;
import android.widget.ArrayAdapter;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.Spinner;
import android.widget.TextView;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.R;
import vn.donghanh.app.SignOut;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.reminder.AndroidAlarmScheduler;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.person.AppointmentRow;
import vn.donghanh.client.presenter.person.OpportunityRow;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.PersonHomeView;

/** The person's home: big "Tôi ổn" and "Cần giúp đỡ", next appointment, mentor, days left, offers. */
public class PersonHomeActivity extends ScreenActivity implements PersonHomeView {
    /** HelpCategory names, in the order of the dialog's choices. */
    static final String[] HELP_CATEGORIES = {"CRAVING", "CRISIS", "CONFLICT", "OTHER"};

    private static final long TICK_MILLIS = 60_000;
    private static final int REQUEST_NOTIFICATIONS = 1;

    private final Handler ticker = new Handler(Looper.getMainLooper());
    private final Runnable tick = new Runnable() {
        @Override
        public void run() {
            presenter.tick();
            ticker.postDelayed(this, TICK_MILLIS);
        }
    };
    private PersonHomePresenter presenter;
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_person_home);
        formats = new Formats(this, client().zone());
        Spinner craving = findViewById(R.id.craving);
        ArrayAdapter<String> levels = new ArrayAdapter<>(this, android.R.layout.simple_spinner_dropdown_item);
        levels.add(getString(R.string.not_given));
        for (int level = 0; level <= 10; level++) {
            levels.add(Integer.toString(level));
        }
        craving.setAdapter(levels);
        presenter = whileShown(new PersonHomePresenter(this, client()), PersonHomePresenter::start);
        findViewById(R.id.checkin_ok).setOnClickListener(v -> presenter.checkIn(mood(), craving(), null));
        findViewById(R.id.help).setOnClickListener(v -> askWhatHelp());
        findViewById(R.id.call_mentor).setOnClickListener(v -> presenter.callMentor());
        findViewById(R.id.message_mentor).setOnClickListener(v -> presenter.messageMentor());
        findViewById(R.id.sign_out).setOnClickListener(v -> {
            DongHanhApp.from(this).runInBackground(() -> SignOut.forgetOnThisPhone(this));
            presenter.signOut();
        });
    }

    @Override
    protected void onStart() {
        super.onStart();
        ticker.postDelayed(tick, TICK_MILLIS);
        askForNotificationsIfNeeded();
        offerExactAlarmsIfDenied();
    }

    @Override
    protected void onStop() {
        ticker.removeCallbacks(tick);
        super.onStop();
    }

    private void askWhatHelp() {
        String[] choices = {
            getString(R.string.help_craving), getString(R.string.help_crisis),
            getString(R.string.help_conflict), getString(R.string.help_other)
        };
        new AlertDialog.Builder(this)
                .setTitle(R.string.help_category_title)
                .setItems(choices, (dialog, which) -> presenter.askForHelp(HELP_CATEGORIES[which], null))
                .show();
    }

    @Override
    public void render(PersonHomeModel model) {
        text(R.id.hello, model.displayName == null ? "" : getString(R.string.hello_name, model.displayName));
        text(R.id.unsent, Labels.unsent(this, model.unsentCount, model.failedCount));
        findViewById(R.id.offline).setVisibility(model.offline ? View.VISIBLE : View.GONE);
        AppointmentRow next = model.nextAppointment;
        if (next == null) {
            text(R.id.next_appointment, getString(R.string.no_appointment));
            text(R.id.countdown, "");
        } else {
            String where = next.placeName == null
                    ? ""
                    : "\n" + next.placeName + (next.placeAddress == null ? "" : ", " + next.placeAddress);
            text(
                    R.id.next_appointment,
                    getString(
                                    R.string.appointment_at,
                                    Labels.appointmentType(this, next.type),
                                    formats.dateTime(next.startsAtMillis))
                            + where);
            text(R.id.countdown, formats.format(next.countdown));
        }
        text(R.id.mentor_name, model.mentorName == null ? getString(R.string.no_mentor) : model.mentorName);
        findViewById(R.id.call_mentor).setVisibility(model.mentorPhone == null ? View.GONE : View.VISIBLE);
        findViewById(R.id.message_mentor).setVisibility(model.mentorAccountId == null ? View.GONE : View.VISIBLE);
        text(R.id.days_remaining, daysRemaining(model.daysRemaining));
        LinearLayout offers = findViewById(R.id.opportunities);
        Rows.reset(offers, model.opportunities.isEmpty(), R.string.no_opportunities);
        for (OpportunityRow o : model.opportunities) {
            Rows.addText(
                    offers,
                    getString(
                            R.string.opportunity_line,
                            o.title,
                            o.place == null ? (o.providerName == null ? "" : o.providerName) : o.place));
        }
    }

    private String daysRemaining(Integer days) {
        if (days == null) {
            return "";
        }
        if (days > 0) {
            return getResources().getQuantityString(R.plurals.days_remaining, days, days);
        }
        return getString(days == 0 ? R.string.days_remaining_today : R.string.days_remaining_over);
    }

    @Override
    public void showCheckinSaved(boolean sent) {
        toast(sent ? R.string.checkin_saved_sent : R.string.checkin_saved_not_sent);
        ((RadioGroup) findViewById(R.id.mood)).clearCheck();
        ((Spinner) findViewById(R.id.craving)).setSelection(0);
    }

    @Override
    public void showHelpRequestSaved(boolean sent) {
        toast(sent ? R.string.help_saved_sent : R.string.help_saved_not_sent);
    }

    @Override
    public void dial(String phone) {
        // ACTION_DIAL opens the dialer with the number filled in; no CALL_PHONE permission needed.
        startActivity(new Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phone, null)));
    }

    @Override
    public void openMessages(String caseId, String mentorAccountId) {
        startActivity(MessagesActivity.intent(this, caseId, mentorAccountId));
    }

    /** 1..5 from the mood buttons, or null when none is chosen. */
    private Integer mood() {
        int checked = ((RadioGroup) findViewById(R.id.mood)).getCheckedRadioButtonId();
        int[] ids = {R.id.mood_1, R.id.mood_2, R.id.mood_3, R.id.mood_4, R.id.mood_5};
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == checked) {
                return i + 1;
            }
        }
        return null;
    }

    /** 0..10, or null when left at "–". */
    private Integer craving() {
        int position = ((Spinner) findViewById(R.id.craving)).getSelectedItemPosition();
        return position <= 0 ? null : position - 1;
    }

    private void text(int id, CharSequence text) {
        ((TextView) findViewById(id)).setText(text);
    }

    private void askForNotificationsIfNeeded() {
        boolean allowed = Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU || notificationsAllowed();
        findViewById(R.id.notifications_off).setVisibility(allowed ? View.GONE : View.VISIBLE);
        if (!allowed) {
            requestNotifications();
        }
    }

    @TargetApi(Build.VERSION_CODES.TIRAMISU)
    private boolean notificationsAllowed() {
        return checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED;
    }

    @TargetApi(Build.VERSION_CODES.TIRAMISU)
    private void requestNotifications() {
        requestPermissions(new String[] {Manifest.permission.POST_NOTIFICATIONS}, REQUEST_NOTIFICATIONS);
    }

    /**
     * Android 12+ may deny exact alarms; reminders then still ring, maybe minutes late. Say so and
     * open the system setting; granting it re-sets the alarms (RescheduleReceiver).
     */
    private void offerExactAlarmsIfDenied() {
        boolean denied = !AndroidAlarmScheduler.mayUseExactAlarms(getSystemService(AlarmManager.class));
        findViewById(R.id.exact_alarms_off).setVisibility(denied ? View.VISIBLE : View.GONE);
        if (denied) {
            findViewById(R.id.allow_exact_alarms).setOnClickListener(v -> openExactAlarmSetting());
        }
    }

    @TargetApi(Build.VERSION_CODES.S)
    private void openExactAlarmSetting() {
        startActivity(new Intent(
                Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.fromParts("package", getPackageName(), null)));
    }

    @Override
    public void onRequestPermissionsResult(int requestCode, String[] permissions, int[] results) {
        if (requestCode == REQUEST_NOTIFICATIONS) {
            boolean granted = results.length > 0 && results[0] == PackageManager.PERMISSION_GRANTED;
            findViewById(R.id.notifications_off).setVisibility(granted ? View.GONE : View.VISIBLE);
        }
    }
}
