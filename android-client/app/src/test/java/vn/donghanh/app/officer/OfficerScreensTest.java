package vn.donghanh.app.officer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlertDialog;
import android.content.DialogInterface;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowToast;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;

/**
 * The officer's overdue list (days, plan kinds, presence only on office-presence rows) and commune
 * summary, presence confirmed and undoable, offline copies with their age, the timeline in words.
 */
@RunWith(RobolectricTestRunner.class)
public class OfficerScreensTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.OFFICER, "Phạm Văn Dũng", null);

    private OfficerHomeActivity openHome() {
        return Robolectric.buildActivity(OfficerHomeActivity.class).setup().get();
    }

    @Test
    public void showsTheOverdueListInDaysAndTheCommuneSummaryInVietnamese() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        LinearLayout overdue = home.findViewById(R.id.overdue);
        assertEquals(4, overdue.getChildCount());
        assertEquals(List.of("Nguyễn Văn An", "Chưa có mặt tại trụ sở xã", "Quá hạn 14 ngày"), row(overdue, 0));
        assertEquals(List.of("Trần Thị Bình", "Chưa xác minh nơi cư trú", "Quá hạn 1 ngày"), row(overdue, 1));
        assertEquals(List.of("Lê Văn Cường", "Chưa tự báo cáo (nút “Tôi ổn”)", "Quá hạn 5 giờ"), row(overdue, 2));
        assertEquals(List.of("Hoàng Thị Dung", "Người giúp đỡ chưa liên lạc", "Vừa quá hạn"), row(overdue, 3));
        assertTrue(
                "office presence is offered on the office-presence row",
                presenceButton(overdue, 0).isShown());
        for (int i = 1; i < 4; i++) {
            assertFalse(
                    "no presence on a row about something else",
                    presenceButton(overdue, i).isShown());
        }
        assertEquals(
                List.of(
                        "Phường Tân Thịnh",
                        "Số hồ sơ: Đang quản lý 12, Tạm dừng 1",
                        "Tuân thủ tháng này: 83%",
                        "Có người giúp đỡ: 75%",
                        "Đang quá hạn: 2"),
                lines(home.findViewById(R.id.summary)));
        assertFalse(home.findViewById(R.id.copy_notice).isShown());
    }

    @Test
    @Config(qualifiers = "en")
    public void showsTheListAndTheSummaryInEnglish() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        LinearLayout overdue = home.findViewById(R.id.overdue);
        assertEquals(
                List.of("Nguyễn Văn An", "Has not come to the commune office", "14 days overdue"), row(overdue, 0));
        assertEquals(List.of("Trần Thị Bình", "Residence not verified", "1 day overdue"), row(overdue, 1));
        assertEquals(
                List.of(
                        "Phường Tân Thịnh",
                        "Cases: Active 12, Suspended 1",
                        "Compliant this month: 83%",
                        "With a mentor: 75%",
                        "Overdue now: 2"),
                lines(home.findViewById(R.id.summary)));
    }

    @Test
    public void presenceAsksFirstNamingThePersonAndCancelRecordsNothing() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        presenceButton(home.findViewById(R.id.overdue), 0).performClick();

        AlertDialog dialog = home.confirmation();
        assertNotNull(dialog);
        assertTrue(dialog.isShowing());
        String message =
                ((TextView) dialog.findViewById(android.R.id.message)).getText().toString();
        assertTrue(message, message.startsWith("Nguyễn Văn An đang có mặt tại trụ sở xã, lúc 08:00."));
        dialog.getButton(DialogInterface.BUTTON_NEGATIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();
        assertTrue(phone.outboxOnDisk().isEmpty());
        assertFalse(home.findViewById(R.id.undo_bar).isShown());
    }

    @Test
    public void undoWithinTheWindowDropsThePresenceBeforeItIsSent() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        confirmPresence(home);
        assertTrue(home.findViewById(R.id.undo_bar).isShown());
        assertEquals(
                "Đã ghi có mặt: Nguyễn Văn An. Còn 10 giây để hoàn tác.",
                ((TextView) home.findViewById(R.id.undo_text)).getText().toString());
        assertEquals(1, phone.outboxOnDisk().size());
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(4));
        assertEquals(
                "Đã ghi có mặt: Nguyễn Văn An. Còn 6 giây để hoàn tác.",
                ((TextView) home.findViewById(R.id.undo_text)).getText().toString());

        home.findViewById(R.id.undo).performClick();

        assertFalse(home.findViewById(R.id.undo_bar).isShown());
        assertEquals("Đã hoàn tác. Không ghi nhận có mặt cho Nguyễn Văn An.", ShadowToast.getTextOfLatestToast());
        assertTrue(phone.outboxOnDisk().isEmpty());
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(20));
        assertTrue(phone.backend.requests("POST", "/api/v1/cases/").isEmpty());
    }

    @Test
    public void afterTheWindowThePresenceIsSentOnce() throws Exception {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        confirmPresence(home);
        assertTrue(
                "held back while it can be undone",
                phone.backend.requests("POST", "/api/v1/cases/").isEmpty());
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(11));

        assertFalse(home.findViewById(R.id.undo_bar).isShown());
        assertEquals(
                1,
                phone.backend
                        .requests("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins")
                        .size());
        assertEquals("Đã gửi: Nguyễn Văn An có mặt tại trụ sở.", ShadowToast.getTextOfLatestToast());
        assertTrue(phone.outboxOnDisk().isEmpty());
    }

    @Test
    public void officePresenceRecordedWithoutNetworkIsQueuedAndSaidToBeWaiting() throws Exception {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();
        phone.backend.offline(true);

        confirmPresence(home);
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(11));

        List<OutboxOperation> queued = phone.outboxOnDisk();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.OFFICE_PRESENCE, queued.get(0).kind);
        assertEquals("OFFICE_PRESENCE", queued.get(0).bodyJson().getString("kind"));
        assertEquals(
                "Đã lưu trên máy: Nguyễn Văn An có mặt tại trụ sở. Chưa gửi được, sẽ tự gửi khi có mạng.",
                ShadowToast.getTextOfLatestToast());
        LinearLayout overdue = home.findViewById(R.id.overdue);
        assertTrue(overdue.getChildAt(0).findViewById(R.id.presence_waiting).isShown());
        assertFalse(
                "no second presence while one waits", presenceButton(overdue, 0).isShown());
        assertEquals(
                "Chưa gửi: 1",
                ((TextView) home.findViewById(R.id.unsent)).getText().toString());
    }

    @Test
    public void leavingTheScreenDuringTheWindowLetsThePresenceStand() {
        OfficerFixtures.serveHome(phone);
        org.robolectric.android.controller.ActivityController<OfficerHomeActivity> controller =
                Robolectric.buildActivity(OfficerHomeActivity.class).setup();

        confirmPresence(controller.get());
        controller.pause().stop();

        assertEquals(1, phone.backend.requests("POST", "/api/v1/cases/").size());
    }

    @Test
    public void signingOutDuringTheWindowSendsThePresenceFirst() {
        OfficerFixtures.serveHome(phone);
        OfficerHomeActivity home = openHome();

        confirmPresence(home);
        home.findViewById(R.id.sign_out).performClick();

        assertEquals(1, phone.backend.requests("POST", "/api/v1/cases/").size());
        assertTrue(phone.outboxOnDisk().isEmpty());
    }

    @Test
    public void offlineTheListsAreTheLastCopyWithItsAge() {
        OfficerFixtures.storedCopies(phone, 140);
        phone.backend.offline(true);

        OfficerHomeActivity home = openHome();

        TextView notice = home.findViewById(R.id.copy_notice);
        assertTrue(notice.isShown());
        assertEquals(
                "Không có mạng. Dữ liệu lúc 05:40, 2 giờ trước.",
                notice.getText().toString());
        LinearLayout overdue = home.findViewById(R.id.overdue);
        assertEquals(List.of("Nguyễn Văn An", "Chưa có mặt tại trụ sở xã", "Quá hạn 14 ngày"), row(overdue, 0));
        assertEquals("Phường Tân Thịnh", lines(home.findViewById(R.id.summary)).get(0));
        assertTrue(
                "presence can be recorded offline (it waits)",
                presenceButton(overdue, 0).isShown());
        assertEquals(null, ShadowToast.getTextOfLatestToast());
    }

    @Test
    public void offlineWithNothingStoredItSaysSoWithoutEmptyHeadings() {
        phone.backend.offline(true);

        OfficerHomeActivity home = openHome();

        assertEquals(
                "Không có mạng, và máy này chưa lưu danh sách nào. Hãy mở lại khi có mạng.",
                ((TextView) home.findViewById(R.id.copy_notice)).getText().toString());
        assertFalse(home.findViewById(R.id.overdue_title).isShown());
        assertFalse(home.findViewById(R.id.summary_title).isShown());
        assertFalse(home.findViewById(R.id.overdue).isShown());
        assertEquals("no toast claims anything was saved", null, ShadowToast.getTextOfLatestToast());
    }

    @Test
    public void tappingAnOverdueCaseOpensItsTimelineInPlainWords() {
        OfficerFixtures.serveHome(phone);
        OfficerFixtures.serveTimeline(phone);
        OfficerHomeActivity home = openHome();

        ((LinearLayout) home.findViewById(R.id.overdue))
                .getChildAt(0)
                .findViewById(R.id.overdue_text)
                .performClick();
        CaseTimelineActivity timeline = Robolectric.buildActivity(
                        CaseTimelineActivity.class, shadowOf(home).getNextStartedActivity())
                .setup()
                .get();

        LinearLayout list = timeline.findViewById(R.id.list);
        assertEquals(6, list.getChildCount());
        assertEquals("Đã lập hồ sơ quản lý", what(list, 0));
        assertEquals("Đã cấp mã kích hoạt", what(list, 1));
        assertEquals("Đã phân công người giúp đỡ: Phan Thị Mai", what(list, 2));
        assertEquals("Đã sửa thông tin hồ sơ", what(list, 3));
        assertEquals("Đổi trạng thái: Đang quản lý → Tạm dừng", what(list, 4));
        assertEquals(
                "Lý do: Đi chữa bệnh",
                ((TextView) list.getChildAt(4).findViewById(R.id.timeline_reason))
                        .getText()
                        .toString());
        assertEquals(
                "Người thực hiện: Phạm Văn Dũng",
                ((TextView) list.getChildAt(4).findViewById(R.id.timeline_by))
                        .getText()
                        .toString());
        assertEquals("Đã thôi phân công người giúp đỡ: Chuyển công tác (Phan Thị Mai)", what(list, 5));
        assertFalse(timeline.findViewById(R.id.copy_notice).isShown());
    }

    @Test
    public void offlineTheTimelineIsTheLastCopyWithItsAge() {
        OfficerFixtures.storedTimeline(phone, 3 * 24 * 60);
        phone.backend.offline(true);

        CaseTimelineActivity timeline = Robolectric.buildActivity(
                        CaseTimelineActivity.class, CaseTimelineActivity.intent(phone.app, TestPhone.CASE_ID))
                .setup()
                .get();

        String notice =
                ((TextView) timeline.findViewById(R.id.copy_notice)).getText().toString();
        assertTrue(notice, notice.startsWith("Không có mạng. Dữ liệu lúc "));
        assertTrue(notice, notice.endsWith(", 3 ngày trước."));
        assertEquals(6, ((LinearLayout) timeline.findViewById(R.id.list)).getChildCount());

        OfficerFixtures.serveTimeline(phone);
        phone.backend.offline(false);
        timeline.findViewById(R.id.retry).performClick();
        assertFalse(
                "back online: live, no notice",
                timeline.findViewById(R.id.copy_notice).isShown());
        assertFalse(timeline.findViewById(R.id.retry).isShown());
    }

    private void confirmPresence(OfficerHomeActivity home) {
        presenceButton(home.findViewById(R.id.overdue), 0).performClick();
        home.confirmation().getButton(DialogInterface.BUTTON_POSITIVE).performClick();
        shadowOf(Looper.getMainLooper()).idle();
    }

    private static View presenceButton(LinearLayout overdue, int index) {
        return overdue.getChildAt(index).findViewById(R.id.record_presence);
    }

    private static List<String> row(LinearLayout overdue, int index) {
        View row = overdue.getChildAt(index);
        List<String> out = new ArrayList<>();
        for (int id : new int[] {R.id.overdue_name, R.id.overdue_kind, R.id.overdue_for}) {
            out.add(((TextView) row.findViewById(id)).getText().toString());
        }
        return out;
    }

    private static String what(LinearLayout list, int index) {
        return ((TextView) list.getChildAt(index).findViewById(R.id.timeline_what))
                .getText()
                .toString();
    }

    private static List<String> lines(LinearLayout list) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            out.add(((TextView) list.getChildAt(i)).getText().toString());
        }
        return out;
    }
}
