package vn.donghanh.app.mentor;

import android.app.AlertDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.OpportunityRow;
import vn.donghanh.client.presenter.mentor.ReferralModel;
import vn.donghanh.client.presenter.mentor.ReferralPresenter;
import vn.donghanh.client.presenter.mentor.ReferralView;

/** Open jobs and courses near the mentor; a tap (confirmed) refers the mentee, through the outbox. */
public class ReferralActivity extends ScreenActivity implements ReferralView {
    private static final String EXTRA_CASE_ID = "caseId";
    private static final String EXTRA_NAME = "name";

    private ReferralPresenter presenter;
    private MentorLabels labels;
    private String name;
    /** The open confirmation, for tests and to close it with the screen. */
    AlertDialog confirmation;

    public static Intent intent(Context context, String caseId, String name) {
        return new Intent(context, ReferralActivity.class)
                .putExtra(EXTRA_CASE_ID, caseId)
                .putExtra(EXTRA_NAME, name);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_referral);
        labels = new MentorLabels(this, client().zone());
        name = getIntent().getStringExtra(EXTRA_NAME);
        ((TextView) findViewById(R.id.title))
                .setText(
                        name == null
                                ? getString(R.string.mentor_referral_title_plain)
                                : getString(R.string.mentor_referral_title, name));
        presenter = whileShown(
                new ReferralPresenter(this, client(), getIntent().getStringExtra(EXTRA_CASE_ID)),
                ReferralPresenter::start);
    }

    @Override
    protected void onDestroy() {
        if (confirmation != null) {
            confirmation.dismiss();
        }
        super.onDestroy();
    }

    @Override
    public void render(ReferralModel model) {
        long now = client().clock().nowMillis();
        TextView offline = findViewById(R.id.offline);
        offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        offline.setText(
                model.asOfMillis == null
                        ? getString(R.string.mentor_referral_unknown)
                        : getString(R.string.mentor_referral_as_of, labels.asOf(model.asOfMillis, now)));
        findViewById(R.id.hint).setVisibility(model.opportunities.isEmpty() ? View.GONE : View.VISIBLE);
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, model.opportunities.isEmpty() && model.asOfMillis != null, R.string.mentor_referral_none);
        for (OpportunityRow o : model.opportunities) {
            View row = Rows.add(list, R.layout.row_opportunity);
            StringBuilder description = new StringBuilder(o.title);
            set(row, R.id.title, o.title, description);
            set(
                    row,
                    R.id.kind,
                    o.providerName == null
                            ? labels.opportunityType(o.type)
                            : getString(
                                    R.string.mentor_opportunity_line, labels.opportunityType(o.type), o.providerName),
                    description);
            set(row, R.id.place, o.place, description);
            set(
                    row,
                    R.id.deadline,
                    o.deadline == null
                            ? null
                            : getString(R.string.mentor_referral_deadline, labels.localDate(o.deadline)),
                    description);
            set(row, R.id.referred, referred(o.referred), description);
            row.setContentDescription(description.toString());
            row.setOnClickListener(v -> presenter.select(o.id));
        }
    }

    @Override
    public void confirmReferral(OpportunityRow opportunity) {
        String who = name == null ? getString(R.string.mentor_alert_unknown_person) : name;
        confirmation = new AlertDialog.Builder(this)
                .setMessage(getString(R.string.mentor_referral_confirm, who, opportunity.title))
                .setPositiveButton(
                        R.string.mentor_referral_confirm_yes, (d, w) -> presenter.refer(opportunity.id, null))
                .setNegativeButton(R.string.mentor_referral_confirm_no, null)
                .create();
        confirmation.show();
        confirmation
                .getButton(AlertDialog.BUTTON_POSITIVE)
                .setContentDescription(getString(R.string.mentor_referral_confirm_yes));
        confirmation
                .getButton(AlertDialog.BUTTON_NEGATIVE)
                .setContentDescription(getString(R.string.mentor_referral_confirm_no));
    }

    @Override
    public void showReferralSaved(boolean sent) {
        toast(sent ? R.string.mentor_referral_saved_sent : R.string.mentor_referral_saved_not_sent);
    }

    private String referred(OpportunityRow.Referred referred) {
        switch (referred) {
            case QUEUED:
                return getString(R.string.mentor_referral_queued);
            case FAILED:
                return getString(R.string.mentor_referral_failed);
            case SENT:
                return getString(R.string.mentor_referral_sent);
            default:
                return null;
        }
    }

    private static void set(View row, int id, String text, StringBuilder description) {
        TextView view = row.findViewById(id);
        view.setText(text == null ? "" : text);
        view.setVisibility(text == null ? View.GONE : View.VISIBLE);
        if (text != null && id != R.id.title) {
            description.append(". ").append(text);
        }
    }
}
