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
import android.text.SpannableString;
import android.text.Spanned;
import android.text.style.RelativeSizeSpan;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.ScrollView;
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
import vn.donghanh.client.presenter.person.HelpStatus;
import vn.donghanh.client.presenter.person.Helper;
import vn.donghanh.client.presenter.person.OpportunityRow;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.PersonHomeView;

/**
 * The person's home: what became of a request for help (with Call buttons that work offline),
 * whether today is done, optional mood faces and craving steps, big "Tôi ổn" and "Cần giúp đỡ";
 * below them the next appointment (and the full schedule), mentor and officers, days left, who
 * viewed my record, offers. Renders core's model; the logic is in PersonHomePresenter.
 */
public class PersonHomeActivity extends ScreenActivity implements PersonHomeView {
    /** HelpCategory names, in the order of the dialog's choices. */
    static final String[] HELP_CATEGORIES = {"CRAVING", "CRISIS", "CONFLICT", "OTHER"};

    /** Mood buttons → wellbeing 1..5; craving steps → 0..10. */
    private static final int[] MOODS = {R.id.mood_1, R.id.mood_2, R.id.mood_3, R.id.mood_4, R.id.mood_5};

    private static final int[] MOOD_TEXTS = {
        R.string.mood_1, R.string.mood_2, R.string.mood_3, R.string.mood_4, R.string.mood_5
    };
    private static final int[] CRAVINGS = {
        R.id.craving_0, R.id.craving_2, R.id.craving_5, R.id.craving_8, R.id.craving_10
    };
    private static final int[] CRAVING_LEVELS = {0, 2, 5, 8, 10};

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
    private PersonTexts texts;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_person_home);
        formats = new Formats(this, client().zone());
        texts = new PersonTexts(this, client().zone());
        for (int i = 0; i < MOODS.length; i++) {
            ((TextView) findViewById(MOODS[i])).setText(face(getString(MOOD_TEXTS[i])));
        }
        presenter = whileShown(new PersonHomePresenter(this, client()), PersonHomePresenter::start);
        findViewById(R.id.checkin_ok).setOnClickListener(v -> presenter.checkIn(mood(), craving(), null));
        findViewById(R.id.help).setOnClickListener(v -> askWhatHelp());
        findViewById(R.id.call_mentor).setOnClickListener(v -> presenter.callMentor());
        findViewById(R.id.commune_notice_ok).setOnClickListener(v -> presenter.dismissCommuneNotice());
        findViewById(R.id.message_mentor).setOnClickListener(v -> presenter.messageMentor());
        findViewById(R.id.open_schedule)
                .setOnClickListener(v -> startActivity(new Intent(this, ScheduleActivity.class)));
        findViewById(R.id.open_clubs) // issue 17: peer clubs
                .setOnClickListener(v -> startActivity(new Intent(this, vn.donghanh.app.club.ClubsActivity.class)));
        findViewById(R.id.open_access_log)
                .setOnClickListener(v -> startActivity(new Intent(this, AccessLogActivity.class)));
        findViewById(R.id.open_my_data) // issue 17
                .setOnClickListener(v -> startActivity(new Intent(this, MyDataActivity.class)));
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

    /** "😄\nTốt": the face large, the word below it. */
    private static CharSequence face(String text) {
        SpannableString span = new SpannableString(text);
        int end = text.indexOf('\n');
        if (end > 0) {
            span.setSpan(new RelativeSizeSpan(2.0f), 0, end, Spanned.SPAN_EXCLUSIVE_EXCLUSIVE);
        }
        return span;
    }

    @Override
    public void render(PersonHomeModel model) {
        long now = client().clock().nowMillis();
        text(R.id.hello, model.displayName == null ? "" : getString(R.string.hello_name, model.displayName));
        renderCommuneNotice(model);
        renderHelp(model);
        TextView done = findViewById(R.id.today_done);
        done.setVisibility(model.checkins.checkedInToday ? View.VISIBLE : View.GONE);
        if (model.checkins.checkedInToday) {
            String line = getString(R.string.checked_in_today, texts.time(model.checkins.todayAtMillis));
            done.setText(line + "\n"
                    + getResources()
                            .getQuantityString(R.plurals.streak_days, model.checkins.days, model.checkins.days));
        }
        findViewById(R.id.mood_block).setVisibility(model.askMood ? View.VISIBLE : View.GONE);

        TextView unsent = findViewById(R.id.unsent);
        unsent.setText(Labels.unsent(this, model.unsentCount, model.failedCount));
        unsent.setTextColor(getColor(model.unsentCount > 0 ? R.color.warning : R.color.muted));
        linkUnsent(unsent, model.unsentCount);
        TextView offline = findViewById(R.id.offline);
        offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        offline.setText(texts.offline(model.lastSyncedAtMillis, now));
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
        findViewById(R.id.mentor_phone_unknown)
                .setVisibility(model.mentorName != null && model.mentorPhone == null ? View.VISIBLE : View.GONE);
        findViewById(R.id.message_mentor).setVisibility(model.mentorAccountId == null ? View.GONE : View.VISIBLE);
        renderOfficers(model);
        TextView helpersAge = findViewById(R.id.helpers_age);
        helpersAge.setVisibility(model.offline && model.helpersSavedAtMillis != null ? View.VISIBLE : View.GONE);
        if (model.helpersSavedAtMillis != null) {
            helpersAge.setText(getString(R.string.helpers_saved_at, texts.age(model.helpersSavedAtMillis, now)));
        }
        text(R.id.days_remaining, daysRemaining(model.daysRemaining));
        LinearLayout offers = findViewById(R.id.opportunities);
        Rows.reset(
                offers,
                model.opportunities.isEmpty(),
                model.opportunitiesKnown ? R.string.no_opportunities : R.string.opportunities_unknown);
        TextView offersAge = findViewById(R.id.opportunities_age);
        offersAge.setVisibility(model.opportunitiesSavedAtMillis == null ? View.GONE : View.VISIBLE);
        if (model.opportunitiesSavedAtMillis != null) {
            offersAge.setText(
                    getString(R.string.opportunities_saved_at, texts.age(model.opportunitiesSavedAtMillis, now)));
        }
        for (OpportunityRow o : model.opportunities) {
            Rows.addText(
                    offers,
                    getString(
                            R.string.opportunity_line,
                            o.title,
                            o.place == null ? (o.providerName == null ? "" : o.providerName) : o.place));
        }
    }

    /** The last request for help: what was sent, what waits, and a Call button for every number known. */
    private void renderHelp(PersonHomeModel model) {
        HelpStatus help = model.help;
        View panel = findViewById(R.id.help_panel);
        panel.setVisibility(help == null ? View.GONE : View.VISIBLE);
        LinearLayout calls = findViewById(R.id.help_calls);
        calls.removeAllViews();
        if (help == null) {
            return;
        }
        String at = texts.time(help.askedAtMillis);
        String status;
        switch (help.state) {
            case NOT_SENT:
                status = getString(R.string.help_not_sent, at);
                break;
            case REFUSED:
                status = getString(R.string.help_refused, at);
                break;
            case SENT:
                status = help.sentToName == null
                        ? getString(R.string.help_sent, at)
                        : getString(R.string.help_sent_to, help.sentToName, at);
                break;
            default:
                String answeredAt = texts.time(help.answeredAtMillis);
                status = help.answeredByName == null
                        ? getString(R.string.help_answered, answeredAt)
                        : getString(R.string.help_answered_by, help.answeredByName, answeredAt);
        }
        text(R.id.help_status, status);
        boolean answered = help.state == HelpStatus.State.ANSWERED;
        // Someone is on it: calm colours; otherwise the red panel with what can be called.
        panel.setBackgroundResource(answered ? R.drawable.panel_done : R.drawable.panel_help);
        ((TextView) findViewById(R.id.help_status)).setTextColor(getColor(answered ? R.color.done : R.color.help_text));
        if (answered) {
            return;
        }
        if (!model.canCallSomeone()) {
            addLine(calls, getString(R.string.help_no_number_anyone));
        }
        for (Helper h : model.helpers) {
            if (h.phone != null) {
                addCall(calls, getString(R.string.call_person_role, h.name, roleName(h)), h.phone);
            } else if (model.canCallSomeone()) {
                addLine(calls, getString(R.string.help_no_number, h.name));
            }
        }
        addCall(calls, getString(R.string.call_emergency), getString(R.string.emergency_number));
    }

    /**
     * "Từ nay bạn thuộc …" in one or two lines (the big buttons stay on the first screen); the new
     * officers, with their Call buttons, are named under "Cán bộ xã phụ trách" below, marked as new.
     */
    private void renderCommuneNotice(PersonHomeModel model) {
        View panel = findViewById(R.id.commune_notice);
        panel.setVisibility(model.communeNotice == null ? View.GONE : View.VISIBLE);
        if (model.communeNotice == null) {
            return;
        }
        text(
                R.id.commune_notice_text,
                model.communeNotice.toUnitName == null
                        ? getString(R.string.commune_notice_unnamed)
                        : getString(R.string.commune_notice, model.communeNotice.toUnitName));
    }

    private void renderOfficers(PersonHomeModel model) {
        TextView commune = findViewById(R.id.commune_name);
        commune.setVisibility(model.communeName == null ? View.GONE : View.VISIBLE);
        commune.setText(model.communeName == null ? "" : getString(R.string.commune_line, model.communeName));
        // While the move is news, the officers listed here are the new commune's: say so.
        TextView title = findViewById(R.id.officers_title);
        title.setText(model.communeNotice == null ? R.string.officers_title : R.string.officers_title_new);
        LinearLayout list = findViewById(R.id.officers);
        list.removeAllViews();
        boolean any = model.communeName != null;
        for (Helper h : model.helpers) {
            if (h.role != Helper.Role.OFFICER) {
                continue;
            }
            any = true;
            Rows.addText(list, h.name);
            if (h.phone == null) {
                addLine(list, getString(R.string.phone_unknown));
            } else {
                addCall(list, getString(R.string.call_person, h.name), h.phone);
            }
        }
        findViewById(R.id.officers_block).setVisibility(any ? View.VISIBLE : View.GONE);
    }

    private String roleName(Helper h) {
        return getString(h.role == Helper.Role.MENTOR ? R.string.role_mentor : R.string.role_officer);
    }

    private void addCall(LinearLayout list, String label, String phone) {
        Button call = (Button) LayoutInflater.from(this).inflate(R.layout.button_call, list, false);
        call.setText(label);
        call.setContentDescription(label);
        call.setOnClickListener(v -> dial(phone));
        list.addView(call);
    }

    private void addLine(LinearLayout list, String line) {
        TextView t = Rows.addText(list, line);
        t.setMinHeight(0);
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
        ((RadioGroup) findViewById(R.id.craving)).clearCheck();
    }

    /** The help panel at the top says what was sent and whom to call: make sure it is in view. */
    @Override
    public void showHelpRequestSaved(boolean sent) {
        ScrollView scroll = findViewById(R.id.scroll);
        scroll.post(() -> scroll.scrollTo(0, 0));
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

    /** 1..5 from the mood faces, or null when none is chosen (or they are not offered). */
    private Integer mood() {
        return chosen(R.id.mood, MOODS, new int[] {1, 2, 3, 4, 5});
    }

    /** 0, 2, 5, 8 or 10 from the craving steps, or null when none is chosen. */
    private Integer craving() {
        return chosen(R.id.craving, CRAVINGS, CRAVING_LEVELS);
    }

    private Integer chosen(int group, int[] ids, int[] values) {
        if (findViewById(R.id.mood_block).getVisibility() != View.VISIBLE) {
            return null;
        }
        int checked = ((RadioGroup) findViewById(group)).getCheckedRadioButtonId();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == checked) {
                return values[i];
            }
        }
        return null;
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
