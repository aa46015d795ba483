package vn.donghanh.app.unsent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.shadows.ShadowDialog;
import vn.donghanh.app.R;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.settings.SettingsActivity;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Role;

@RunWith(RobolectricTestRunner.class)
public class UnsentActivityTest {
    static final String REFUSAL =
            "{\"type\":\"https://donghanh.vn/problems/invalid-request\",\"title\":\"Bad Request\","
                    + "\"status\":400,\"detail\":\"body: size must be between 1 and 2000\"}";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    /** A message the server refused, then a check-in waiting for the network. */
    public static void refusedMessageThenWaitingCheckin(TestPhone phone) {
        DongHanhClient client = phone.app.client();
        client.outbox().queueMessage(TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID, "Chiều nay anh rảnh không?");
        phone.backend.on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/messages", 400, REFUSAL);
        client.flusher().flush(true);
        phone.backend.offline(true);
        client.outbox().queueCheckin(TestPhone.CASE_ID, 4, 2, null);
    }

    @Test
    public void aRefusedItemShowsTheServersReasonAndCanBeEditedAndResent() {
        refusedMessageThenWaitingCheckin(phone);
        UnsentActivity screen =
                Robolectric.buildActivity(UnsentActivity.class).setup().get();
        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(2, list.getChildCount());
        View refused = list.getChildAt(0);
        assertEquals("Tin nhắn", text(refused, R.id.kind));
        assertEquals("Máy chủ không nhận: body: size must be between 1 and 2000", text(refused, R.id.state));
        assertEquals(View.VISIBLE, refused.findViewById(R.id.edit).getVisibility());
        View waiting = list.getChildAt(1);
        assertEquals("Báo “Tôi ổn”", text(waiting, R.id.kind));
        assertEquals(View.GONE, waiting.findViewById(R.id.actions).getVisibility());

        refused.findViewById(R.id.edit).performClick();
        AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
        EditText field = dialog.findViewById(R.id.unsent_edit_text);
        assertEquals("Chiều nay anh rảnh không?", field.getText().toString());
        field.setText("Chiều nay 3 giờ anh rảnh không?");
        phone.backend.offline(false);
        phone.backend.on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/messages", 201, "{}");
        phone.backend.on("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins", 201, "{}");
        dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();

        assertTrue(phone.backend
                .requests("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/messages")
                .get(1)
                .body
                .contains("Chiều nay 3 giờ anh rảnh không?"));
        assertEquals(0, phone.outboxOnDisk().size());
        assertEquals(
                "Đã gửi hết. Không còn gì chờ gửi.",
                ((TextView) list.getChildAt(0)).getText().toString());
    }

    @Test
    public void discardAsksFirstThenDropsTheItemFromThePhone() {
        refusedMessageThenWaitingCheckin(phone);
        UnsentActivity screen =
                Robolectric.buildActivity(UnsentActivity.class).setup().get();
        LinearLayout list = screen.findViewById(R.id.list);

        list.getChildAt(0).findViewById(R.id.discard).performClick();
        AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
        dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(android.os.Looper.getMainLooper()).idle();

        assertEquals(1, phone.outboxOnDisk().size());
        assertEquals("CHECKIN", phone.outboxOnDisk().get(0).kind.name());
        assertEquals(1, list.getChildCount());
    }

    @Test
    public void everyScreenOffersUnsentAndSettingsInItsMenuAndAFailedMessageLeadsHere() {
        refusedMessageThenWaitingCheckin(phone);
        MessagesActivity messages = Robolectric.buildActivity(
                        MessagesActivity.class,
                        MessagesActivity.intent(phone.app, TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID))
                .setup()
                .get();

        assertTrue(shadowOf(messages).clickMenuItem(R.id.menu_unsent));
        assertEquals(
                UnsentActivity.class.getName(),
                shadowOf(messages).getNextStartedActivity().getComponent().getClassName());
        assertTrue(shadowOf(messages).clickMenuItem(R.id.menu_settings));
        assertEquals(
                SettingsActivity.class.getName(),
                shadowOf(messages).getNextStartedActivity().getComponent().getClassName());

        LinearLayout list = messages.findViewById(R.id.list);
        TextView failed = (TextView) list.getChildAt(0);
        assertEquals(
                "Chiều nay anh rảnh không?\nKhông gửi được. Chạm để xem và sửa.",
                failed.getText().toString());
        failed.performClick();
        assertEquals(
                UnsentActivity.class.getName(),
                shadowOf(messages).getNextStartedActivity().getComponent().getClassName());
    }

    private static String text(View row, int id) {
        return ((TextView) row.findViewById(id)).getText().toString();
    }
}
