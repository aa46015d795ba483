package vn.donghanh.app.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Activity;
import android.widget.LinearLayout;
import android.widget.Switch;
import android.widget.TextView;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.testing.Screenshots;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/** "Dữ liệu của tôi" (issue 17) rendered in Vietnamese and English (PNGs in target/screenshots). */
@RunWith(RobolectricTestRunner.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "vi-rVN-w360dp-h640dp-xhdpi")
public class MyDataShotTest {
    private static final String CONSENTS =
            "[{\"purpose\":\"LOCATION_ON_CHECKIN\",\"granted\":true,\"recordedAt\":\"2026-11-01T03:00:00Z\"},"
                    + "{\"purpose\":\"SMS_REMINDERS\",\"granted\":false,\"recordedAt\":\"2026-11-02T03:00:00Z\"}]";
    private static final String CORRECTIONS = "[{\"id\":\"c2\",\"caseId\":\"case\",\"field\":\"FULL_NAME\","
            + "\"proposedValue\":\"Nguyễn Văn Ân\",\"reason\":\"Sai dấu\",\"status\":\"OPEN\","
            + "\"requestedAt\":\"2026-12-01T03:00:00Z\"},"
            + "{\"id\":\"c1\",\"caseId\":\"case\",\"field\":\"ADDRESS\",\"proposedValue\":\"Tổ 12, ngõ 3\","
            + "\"reason\":\"Đã chuyển nhà\",\"status\":\"DECLINED\",\"requestedAt\":\"2026-11-30T03:00:00Z\","
            + "\"declineReason\":\"Cần giấy xác nhận tạm trú của công an phường\"}]";

    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);

    @Test
    public void myDataInBothLanguages() {
        phone.backend
                .on("GET", "/api/v1/me/consents", 200, CONSENTS)
                .on("GET", "/api/v1/me/correction-requests", 200, CORRECTIONS);
        for (String lang : new String[] {"vi", "en"}) {
            for (String scale : new String[] {"1.0", "1.3"}) {
                Screenshots.usePhone(lang, scale);
                Activity a =
                        Robolectric.buildActivity(MyDataActivity.class).setup().get();
                Screenshots.capture(a, "person-my-data-" + lang + "-" + scale);
                LinearLayout consents = a.findViewById(R.id.my_data_consents);
                assertEquals(5, consents.getChildCount());
                assertTrue(!((Switch) consents.getChildAt(0)).isChecked()); // SMS withdrawn
                assertTrue(((Switch) consents.getChildAt(1)).isChecked()); // location granted
                LinearLayout requests = a.findViewById(R.id.my_data_requests);
                assertEquals(2, requests.getChildCount());
                String declined = ((TextView) requests.getChildAt(1)).getText().toString();
                assertTrue(declined, declined.contains("Cần giấy xác nhận tạm trú của công an phường"));
            }
        }
    }
}
