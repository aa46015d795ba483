package vn.donghanh.app.person;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.content.Intent;
import android.net.Uri;
import android.widget.LinearLayout;
import android.widget.Switch;
import android.widget.TextView;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import vn.donghanh.app.R;
import vn.donghanh.app.SignOut;
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

    /**
     * The readable copy: downloaded, kept in the app's private files, opened in the phone's PDF reader through the
     * app's own provider (the reader gets exactly the bytes the server sent), and gone after signing out.
     */
    @Test
    public void theReadableCopyOpensInThePdfReaderAndGoesWithSignOut() throws Exception {
        String pdf = "%PDF-1.7\n% bản sao dữ liệu của Nguyễn Văn An\n%%EOF\n";
        phone.backend
                .on("GET", "/api/v1/me/consents", 200, CONSENTS)
                .on("GET", "/api/v1/me/correction-requests", 200, CORRECTIONS)
                .on("GET", "/api/v1/me/data/pdf", 200, pdf);
        Robolectric.setupContentProvider(SavedCopyProvider.class, "vn.donghanh.app.copies");
        Screenshots.usePhone("vi", "1.0");
        Activity a = Robolectric.buildActivity(MyDataActivity.class).setup().get();
        a.findViewById(R.id.my_data_download_pdf).performClick();

        Intent opened = shadowOf(a).getNextStartedActivity();
        assertEquals(Intent.ACTION_VIEW, opened.getAction());
        assertEquals("application/pdf", opened.getType());
        Uri copy = opened.getData();
        assertEquals("content://vn.donghanh.app.copies/du-lieu-cua-toi.pdf", copy.toString());
        assertTrue((opened.getFlags() & Intent.FLAG_GRANT_READ_URI_PERMISSION) != 0);
        assertArrayEquals(pdf.getBytes(StandardCharsets.UTF_8), read(a, copy));
        TextView saved = a.findViewById(R.id.my_data_saved);
        assertTrue(saved.getText().toString(), saved.getText().toString().contains("du-lieu-cua-toi.pdf"));
        Screenshots.capture(a, "person-my-data-pdf-saved-vi");

        assertEquals(
                null,
                a.getContentResolver()
                        .query(
                                Uri.parse("content://vn.donghanh.app.copies/..%2Fshared_prefs"),
                                null,
                                null,
                                null,
                                null));
        SignOut.forgetOnThisPhone(a);
        assertFalse(new java.io.File(a.getFilesDir(), "copies/du-lieu-cua-toi.pdf").exists());
    }

    private static byte[] read(Activity a, Uri uri) throws Exception {
        try (InputStream in = a.getContentResolver().openInputStream(uri)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            int n;
            while ((n = in.read(chunk)) != -1) out.write(chunk, 0, n);
            return out.toByteArray();
        }
    }
}
