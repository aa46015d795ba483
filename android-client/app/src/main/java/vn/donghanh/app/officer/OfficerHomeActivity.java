package vn.donghanh.app.officer;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import android.widget.Toast;
import java.util.Map;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.CommuneSummary;
import vn.donghanh.client.presenter.officer.OfficerHomeModel;
import vn.donghanh.client.presenter.officer.OfficerHomePresenter;
import vn.donghanh.client.presenter.officer.OfficerHomeView;
import vn.donghanh.client.presenter.officer.OverdueRow;
import vn.donghanh.client.presenter.officer.PendingPresence;

/**
 * The officer's overdue list (longest first; "Có mặt tại trụ sở" on office-presence rows, asked
 * first and undoable for a few seconds) and the commune summary; offline the last copy with its age.
 */
public class OfficerHomeActivity extends ScreenActivity implements OfficerHomeView {
    private final Handler handler = new Handler(Looper.getMainLooper());
    private OfficerHomePresenter presenter;
    private OfficerTexts texts;
    private AlertDialog confirmation;
    private PendingPresence undoable;
    private long undoEndsAtUptime;
    private final Runnable undoTick = this::tickUndo;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_officer_home);
        texts = new OfficerTexts(this, client().zone());
        presenter = whileShown(new OfficerHomePresenter(this, client()), OfficerHomePresenter::start);
        findViewById(R.id.refresh).setOnClickListener(v -> presenter.start());
        findViewById(R.id.sign_out).setOnClickListener(v -> {
            // A presence still in its undo window stands: send it with this officer's token first
            // (same background thread, so it runs before the sign-out).
            if (undoable != null) {
                presenter.undoWindowOver();
            }
            signOut();
        });
        findViewById(R.id.undo).setOnClickListener(v -> presenter.undoPresence());
    }

    @Override
    protected void onStop() {
        // Leaving the screen ends the chance to undo: the presence stands and is sent (or waits).
        if (undoable != null) {
            presenter.undoWindowOver();
        }
        super.onStop();
    }

    @Override
    protected void onDestroy() {
        handler.removeCallbacks(undoTick);
        if (confirmation != null) {
            confirmation.dismiss();
        }
        super.onDestroy();
    }

    @Override
    public void render(OfficerHomeModel model) {
        TextView notice = findViewById(R.id.copy_notice);
        if (model.nothingStored()) {
            notice.setText(R.string.officer_copy_nothing);
        } else if (model.offline && model.copy != null) {
            notice.setText(texts.copyNotice(model.copy));
        }
        notice.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        TextView unsent = findViewById(R.id.unsent);
        unsent.setText(Labels.unsent(this, model.unsentCount, 0));
        // "Đã gửi hết" in warning colour on every visit alarms more than it tells: only say what waits.
        unsent.setVisibility(model.unsentCount > 0 ? View.VISIBLE : View.GONE);
        linkUnsent(unsent, model.unsentCount);
        // Offline with nothing stored: no headings over empty lists, the notice says it all.
        int sections = model.nothingStored() ? View.GONE : View.VISIBLE;
        findViewById(R.id.overdue_title).setVisibility(sections);
        findViewById(R.id.summary_title).setVisibility(sections);
        renderOverdue(model, sections);
        renderSummary(model, sections);
    }

    private void renderOverdue(OfficerHomeModel model, int visibility) {
        LinearLayout list = findViewById(R.id.overdue);
        list.setVisibility(visibility);
        if (model.overdue == null) {
            findViewById(R.id.overdue_hint).setVisibility(View.GONE);
            Rows.reset(list, true, R.string.officer_section_not_stored);
            return;
        }
        Rows.reset(list, model.overdue.isEmpty(), R.string.no_overdue);
        findViewById(R.id.overdue_hint).setVisibility(model.overdue.isEmpty() ? View.GONE : View.VISIBLE);
        for (OverdueRow item : model.overdue) {
            View row = Rows.add(list, R.layout.row_overdue);
            String name = texts.name(item.fullName);
            String kind = Labels.overdueKind(this, item.kind);
            String overdueFor = texts.overdueFor(item);
            ((TextView) row.findViewById(R.id.overdue_name)).setText(name);
            ((TextView) row.findViewById(R.id.overdue_kind)).setText(kind);
            ((TextView) row.findViewById(R.id.overdue_for)).setText(overdueFor);
            View text = row.findViewById(R.id.overdue_text);
            text.setContentDescription(getString(R.string.officer_open_case, name + ". " + kind + ". " + overdueFor));
            text.setOnClickListener(v -> presenter.select(item.caseId));
            // While "Hoàn tác" is offered the bar speaks for this row; after, the row says it waits.
            row.findViewById(R.id.presence_waiting)
                    .setVisibility(item.presenceWaiting && !item.presenceUndoable ? View.VISIBLE : View.GONE);
            Button presence = row.findViewById(R.id.record_presence);
            boolean offer = item.offersOfficePresence && !item.presenceWaiting;
            presence.setVisibility(offer ? View.VISIBLE : View.GONE);
            presence.setContentDescription(getString(R.string.officer_record_presence_for, name));
            presence.setOnClickListener(v -> presenter.askToRecordPresence(item.caseId));
        }
    }

    private void renderSummary(OfficerHomeModel model, int visibility) {
        LinearLayout summary = findViewById(R.id.summary);
        summary.setVisibility(visibility);
        if (model.communes == null) {
            Rows.reset(summary, true, R.string.officer_section_not_stored);
            return;
        }
        Rows.reset(summary, model.communes.isEmpty(), R.string.nothing_yet);
        for (CommuneSummary c : model.communes) {
            Rows.addText(summary, c.name).setTextSize(20);
            Rows.addText(summary, getString(R.string.summary_cases, byStatus(c.byStatus)));
            Rows.addText(summary, getString(R.string.summary_compliance, percent(c.compliancePercentThisMonth)));
            Rows.addText(summary, getString(R.string.summary_mentor_coverage, percent(c.mentorCoveragePercent)));
            Rows.addText(summary, getString(R.string.summary_overdue, (int) c.overdueCases));
        }
    }

    @Override
    public void confirmPresence(PendingPresence p) {
        if (confirmation != null) {
            confirmation.dismiss();
        }
        confirmation = new AlertDialog.Builder(this)
                .setTitle(R.string.officer_presence_confirm_title)
                .setMessage(getString(
                        R.string.officer_presence_confirm_message, texts.name(p.fullName), texts.time(p.atMillis)))
                .setPositiveButton(R.string.officer_presence_confirm_yes, (d, w) -> presenter.recordPresence(p.caseId))
                .setNegativeButton(R.string.officer_presence_confirm_no, null)
                .create();
        confirmation.show();
        describe(confirmation.getButton(DialogInterface.BUTTON_POSITIVE), R.string.officer_presence_confirm_yes);
        describe(confirmation.getButton(DialogInterface.BUTTON_NEGATIVE), R.string.officer_presence_confirm_no);
    }

    /** The dialog now shown, for tests and screenshots. */
    AlertDialog confirmation() {
        return confirmation;
    }

    @Override
    public void showUndo(PendingPresence p, long windowMillis) {
        undoable = p;
        undoEndsAtUptime = SystemClock.uptimeMillis() + windowMillis;
        findViewById(R.id.undo_bar).setVisibility(View.VISIBLE);
        handler.removeCallbacks(undoTick);
        tickUndo();
    }

    /** Counts the seconds down on the bar; at zero the presence stands. */
    private void tickUndo() {
        if (undoable == null) {
            return;
        }
        long left = undoEndsAtUptime - SystemClock.uptimeMillis();
        if (left <= 0) {
            presenter.undoWindowOver();
            return;
        }
        int seconds = (int) ((left + 999) / 1000);
        ((TextView) findViewById(R.id.undo_text))
                .setText(getString(R.string.officer_undo_text, texts.name(undoable.fullName), seconds));
        handler.postDelayed(undoTick, Math.min(1000, left - (seconds - 1) * 1000L));
    }

    @Override
    public void hideUndo() {
        undoable = null;
        handler.removeCallbacks(undoTick);
        findViewById(R.id.undo_bar).setVisibility(View.GONE);
    }

    @Override
    public void showPresenceSaved(PendingPresence p, boolean sent) {
        toast(getString(
                sent ? R.string.officer_presence_sent : R.string.officer_presence_saved_not_sent,
                texts.name(p.fullName)));
    }

    @Override
    public void showPresenceUndone(PendingPresence p, boolean undone) {
        toast(getString(
                undone ? R.string.officer_presence_undone : R.string.officer_presence_not_undone,
                texts.name(p.fullName)));
    }

    @Override
    public void openCase(String caseId) {
        startActivity(CaseTimelineActivity.intent(this, caseId));
    }

    private void toast(String text) {
        Toast.makeText(this, text, Toast.LENGTH_LONG).show();
    }

    private void describe(Button button, int text) {
        if (button != null) {
            button.setContentDescription(getString(text));
        }
    }

    private String percent(Integer value) {
        return value == null ? getString(R.string.unknown) : getString(R.string.percent, value);
    }

    /** "Đang quản lý 12, Tạm dừng 1". */
    private String byStatus(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append(Labels.caseStatus(this, e.getKey()))
                        .append(' ')
                        .append(e.getValue());
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }
}
