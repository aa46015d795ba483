package vn.donghanh.app.messages;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.text.SpannableString;
import android.text.style.RelativeSizeSpan;
import android.view.Gravity;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.app.unsent.UnsentActivity;
import vn.donghanh.client.presenter.messages.MessageRow;
import vn.donghanh.client.presenter.messages.MessagesPresenter;
import vn.donghanh.client.presenter.messages.MessagesView;

/** The conversation about one case with one account; messages written offline show "Chưa gửi". */
public class MessagesActivity extends ScreenActivity implements MessagesView {
    private static final String EXTRA_CASE_ID = "caseId";
    private static final String EXTRA_WITH_ACCOUNT_ID = "withAccountId";

    private MessagesPresenter presenter;
    private Formats formats;

    public static Intent intent(Context context, String caseId, String withAccountId) {
        return new Intent(context, MessagesActivity.class)
                .putExtra(EXTRA_CASE_ID, caseId)
                .putExtra(EXTRA_WITH_ACCOUNT_ID, withAccountId);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_messages);
        setTitle(R.string.messages_title);
        formats = new Formats(this, client().zone());
        presenter = whileShown(
                new MessagesPresenter(
                        this,
                        client(),
                        getIntent().getStringExtra(EXTRA_CASE_ID),
                        getIntent().getStringExtra(EXTRA_WITH_ACCOUNT_ID)),
                MessagesPresenter::start);
        findViewById(R.id.send).setOnClickListener(v -> {
            EditText text = findViewById(R.id.text);
            presenter.send(text.getText().toString());
            text.setText("");
        });
    }

    /** Mine on the right in the app's colour, theirs on the left in grey: who said what at a glance. */
    private void bubble(TextView row, boolean mine) {
        float dp = getResources().getDisplayMetrics().density;
        int pad = (int) (10 * dp);
        row.setPadding(pad, pad / 2, pad, pad / 2);
        row.setTextColor(getColor(android.R.color.black));
        row.setBackgroundResource(mine ? R.drawable.bubble_mine : R.drawable.bubble_theirs);
        row.setGravity(mine ? Gravity.END : Gravity.START);
        LinearLayout.LayoutParams params = new LinearLayout.LayoutParams(
                LinearLayout.LayoutParams.WRAP_CONTENT, LinearLayout.LayoutParams.WRAP_CONTENT);
        params.gravity = mine ? Gravity.END : Gravity.START;
        params.topMargin = (int) (8 * dp);
        if (mine) {
            params.leftMargin = (int) (48 * dp);
        } else {
            params.rightMargin = (int) (48 * dp);
        }
        row.setLayoutParams(params);
    }

    @Override
    public void showSyncedAt(Long syncedAtMillis) {
        TextView offline = findViewById(R.id.offline);
        if (syncedAtMillis == null) {
            offline.setText(R.string.offline_notice);
        } else {
            offline.setText(getString(R.string.messages_offline_synced, formats.dateTime(syncedAtMillis)));
        }
    }

    @Override
    public void showMessages(List<MessageRow> messages, boolean offline) {
        findViewById(R.id.offline).setVisibility(offline ? View.VISIBLE : View.GONE);
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, messages.isEmpty(), R.string.no_messages);
        for (MessageRow m : messages) {
            String state = m.failed
                    ? getString(R.string.message_failed_tap)
                    : m.sent ? formats.dateTime(m.timeMillis) : getString(R.string.not_sent_marker);
            SpannableString text = new SpannableString(m.body + "\n" + state);
            text.setSpan(new RelativeSizeSpan(0.8f), m.body.length() + 1, text.length(), 0);
            TextView row = Rows.addText(list, text);
            bubble(row, m.mine);
            row.setContentDescription(getString(
                    m.mine ? R.string.message_mine_description : R.string.message_theirs_description, m.body, state));
            if (m.failed) {
                // The server refused it: its reason, Edit and Discard are on the unsent-items screen.
                row.setTextColor(getColor(R.color.help));
                row.setOnClickListener(v -> startActivity(UnsentActivity.intent(this)));
            }
        }
    }
}
