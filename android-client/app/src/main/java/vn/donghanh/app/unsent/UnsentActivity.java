package vn.donghanh.app.unsent;

import android.app.AlertDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.text.InputType;
import android.view.View;
import android.widget.EditText;
import android.widget.FrameLayout;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Dialogs;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.presenter.unsent.UnsentPresenter;
import vn.donghanh.client.presenter.unsent.UnsentRow;
import vn.donghanh.client.presenter.unsent.UnsentView;

/**
 * "Chưa gửi": what the signed-in account did that the server does not have yet. An item the
 * server refused shows the server's reason with "Sửa và gửi lại" (when it has a text) and "Bỏ"; an
 * item whose case left the user's scope says so ("Hồ sơ này không còn do bạn phụ trách") with "Bỏ" only.
 * Open it from anywhere with {@link #intent(Context)}.
 */
public class UnsentActivity extends ScreenActivity implements UnsentView {
    private UnsentPresenter presenter;
    private Formats formats;

    public static Intent intent(Context context) {
        return new Intent(context, UnsentActivity.class);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_unsent);
        setTitle(R.string.unsent_title);
        formats = new Formats(this, client().zone());
        presenter = whileShown(new UnsentPresenter(this, client()), UnsentPresenter::start);
        findViewById(R.id.send_now).setOnClickListener(v -> presenter.sendNow());
    }

    @Override
    public void showItems(List<UnsentRow> items) {
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, items.isEmpty(), R.string.unsent_none);
        // "Thử gửi ngay" only when something can still go out: not for items that never will.
        boolean sendable = false;
        for (UnsentRow item : items) {
            sendable |= !item.outOfScope;
        }
        findViewById(R.id.send_now).setVisibility(sendable ? View.VISIBLE : View.GONE);
        for (UnsentRow item : items) {
            View row = Rows.add(list, R.layout.row_unsent);
            String kind = UnsentLabels.kind(this, item.kind);
            String created = getString(R.string.unsent_created, formats.dateTime(item.createdAtMillis));
            String state = item.outOfScope
                    ? outOfScope(item)
                    : item.refused
                            ? getString(R.string.unsent_refused, item.reason)
                            : item.attempts > 0
                                    ? getString(R.string.unsent_waiting_retry, item.attempts)
                                    : getString(R.string.unsent_waiting);
            ((TextView) row.findViewById(R.id.kind)).setText(kind);
            ((TextView) row.findViewById(R.id.created)).setText(created);
            TextView text = row.findViewById(R.id.text);
            boolean hasText = item.text != null && !item.text.isEmpty();
            text.setVisibility(hasText ? View.VISIBLE : View.GONE);
            text.setText(hasText ? "“" + item.text + "”" : "");
            TextView stateView = row.findViewById(R.id.state);
            stateView.setText(state);
            stateView.setTextColor(getColor(item.refused || item.outOfScope ? R.color.help : R.color.primary_dark));
            row.setContentDescription(getString(R.string.unsent_row_description, kind, created, state));
            row.findViewById(R.id.actions).setVisibility(item.canDiscard() ? View.VISIBLE : View.GONE);
            View edit = row.findViewById(R.id.edit);
            edit.setVisibility(item.canEdit() ? View.VISIBLE : View.GONE);
            edit.setOnClickListener(v -> askNewText(item));
            row.findViewById(R.id.discard).setOnClickListener(v -> confirmDiscard(item));
        }
    }

    /**
     * Why it can never be sent, in the app's words (not the server's): the case is no longer the
     * user's. Staff read whose case it was; a person reads about their own record.
     */
    private String outOfScope(UnsentRow item) {
        Session session = client().auth().current();
        if (session != null && session.account.role == Role.PERSON) {
            return getString(R.string.unsent_out_of_scope_person);
        }
        return item.caseName == null
                ? getString(R.string.unsent_out_of_scope)
                : getString(R.string.unsent_out_of_scope_named, item.caseName);
    }

    private void askNewText(UnsentRow item) {
        EditText field = new EditText(this);
        field.setId(R.id.unsent_edit_text);
        field.setInputType(InputType.TYPE_CLASS_TEXT
                | InputType.TYPE_TEXT_FLAG_MULTI_LINE
                | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES);
        field.setText(item.text);
        field.setHint(UnsentLabels.kind(this, item.kind));
        field.setMinHeight(getResources().getDimensionPixelSize(R.dimen.touch_target));
        FrameLayout box = new FrameLayout(this);
        int pad = getResources().getDimensionPixelSize(R.dimen.touch_target) / 2;
        box.setPadding(pad, pad / 2, pad, 0);
        box.addView(field);
        Dialogs.show(new AlertDialog.Builder(this)
                .setTitle(R.string.unsent_edit_title)
                .setView(box)
                .setPositiveButton(
                        R.string.unsent_resend,
                        (d, w) ->
                                presenter.editAndResend(item.id, field.getText().toString()))
                .setNegativeButton(R.string.common_cancel, null));
    }

    private void confirmDiscard(UnsentRow item) {
        Dialogs.show(new AlertDialog.Builder(this)
                .setTitle(R.string.unsent_discard_title)
                .setMessage(UnsentLabels.kind(this, item.kind) + "\n\n" + getString(R.string.unsent_discard_message))
                .setPositiveButton(R.string.unsent_discard, (d, w) -> presenter.discard(item.id))
                .setNegativeButton(R.string.common_cancel, null));
    }

    @Override
    public void showTextRequired() {
        toast(R.string.unsent_text_required);
    }
}
