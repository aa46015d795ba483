package vn.donghanh.app.messages;

import static org.junit.Assert.assertEquals;

import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;

@RunWith(RobolectricTestRunner.class)
public class MessagesActivityTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    @Test
    public void aMessageWrittenOfflineIsQueuedAndShownAsNotSent() {
        phone.backend.offline(true);
        MessagesActivity screen = Robolectric.buildActivity(
                        MessagesActivity.class,
                        MessagesActivity.intent(phone.app, TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID))
                .setup()
                .get();
        ((EditText) screen.findViewById(R.id.text)).setText("Chiều nay anh rảnh không?");

        screen.findViewById(R.id.send).performClick();

        assertEquals(OutboxKind.MESSAGE, phone.outboxOnDisk().get(0).kind);
        LinearLayout list = screen.findViewById(R.id.list);
        assertEquals(
                "Chiều nay anh rảnh không?\nChưa gửi",
                ((TextView) list.getChildAt(0)).getText().toString());
    }
}
