package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.presenter.person.MyDataPresenter;
import vn.donghanh.client.presenter.person.MyDataView;

/**
 * Issue 17's data rights on the person's phone against the real backend with the demo data: the person gets the
 * readable PDF copy and the JSON copy, asks for a correction, the commune officer accepts it, and the person's
 * screen and their next copy show it.
 */
@ExtendWith(Backend.class)
class MyDataEndToEndTest {
    static final class Screen implements MyDataView {
        final List<String> errors = new ArrayList<>();
        List<MyDataPresenter.CorrectionRow> corrections;
        byte[] pdf;
        String json;
        boolean sent;

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            errors.add(error.name());
        }

        @Override
        public void showMyData(
                List<MyDataPresenter.ConsentRow> consents, List<MyDataPresenter.CorrectionRow> corrections) {
            this.corrections = corrections;
        }

        @Override
        public void saveCopy(String fileName, String text) {
            json = text;
        }

        @Override
        public void savePdf(String fileName, byte[] pdf) {
            this.pdf = pdf;
        }

        @Override
        public void correctionSent() {
            sent = true;
        }

        @Override
        public void showCorrectionProblem(String field, String serverReason) {
            errors.add("problem " + field + " " + serverReason);
        }
    }

    @Test
    void thePersonGetsTheReadableCopyAndACorrectionAccepted() throws Exception {
        Phone person = EndToEndTest.person();
        Screen screen = new Screen();
        MyDataPresenter presenter = new MyDataPresenter(screen, person.client);
        presenter.start();

        presenter.downloadPdf();
        assertNotNull(screen.pdf, "errors: " + screen.errors);
        String tail = new String(screen.pdf, screen.pdf.length - 8, 8, StandardCharsets.ISO_8859_1);
        assertTrue(tail.contains("%%EOF"), "a whole PDF, not cut short: " + tail);
        assertTrue(screen.pdf.length > 5_000, "fonts embedded for the diacritics: " + screen.pdf.length);

        presenter.askCorrection("ETHNICITY", "Nùng", "Tôi là người Nùng, hồ sơ ghi sai dân tộc");
        assertTrue(screen.sent, "errors: " + screen.errors);
        MyDataPresenter.CorrectionRow asked = screen.corrections.get(0);
        assertEquals("ETHNICITY", asked.field);
        assertEquals("OPEN", asked.status);
        assertEquals("Nùng", asked.proposedValue, "Vietnamese round-trips");

        Phone officer = EndToEndTest.staff("demo.officer.tanthinh");
        JSONObject accept = new JSONObject().put("accept", true);
        JSONObject answered = new JSONObject(officer.client
                .api()
                .client()
                .call("POST", "/api/v1/correction-requests/" + asked.id + "/decision", accept));
        assertEquals("ACCEPTED", answered.getString("status"));

        presenter.start();
        assertEquals("ACCEPTED", screen.corrections.get(0).status, "the person sees the answer");
        presenter.download();
        assertNotNull(screen.json);
        JSONObject copy = new JSONObject(screen.json);
        assertTrue(screen.json.contains("Nùng"), "the next copy holds the corrected value");
        JSONArray sections = copy.getJSONArray("sections");
        assertTrue(sections.length() > 5, "one section per feature: " + sections.length());
        assertTrue(screen.errors.isEmpty(), "" + screen.errors);
    }
}
