package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.presenter.person.MyDataPresenter;
import vn.donghanh.client.presenter.person.MyDataView;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** "Dữ liệu của tôi": the copy downloaded, each consent switched, corrections asked and their answers read. */
class MyDataPresenterTest {
    private final ManualClock clock = new ManualClock(Rfc3339.parse("2026-12-02T10:00:00+07:00"));
    private static final String CONSENTS =
            "[{\"purpose\":\"LOCATION_ON_CHECKIN\",\"granted\":true,\"recordedAt\":\"2026-11-01T03:00:00Z\"}]";
    private static final String CORRECTIONS = "[{\"id\":\"c1\",\"caseId\":\"case\",\"field\":\"ADDRESS\","
            + "\"proposedValue\":\"Tổ 12, ngõ 3\",\"reason\":\"Đã chuyển nhà\",\"status\":\"DECLINED\","
            + "\"requestedAt\":\"2026-11-30T03:00:00Z\",\"declineReason\":\"Cần giấy xác nhận tạm trú\"}]";

    static final class View implements MyDataView {
        final List<String> shown = new ArrayList<>();

        @Override
        public void showMyData(
                List<MyDataPresenter.ConsentRow> consents, List<MyDataPresenter.CorrectionRow> corrections) {
            StringBuilder b = new StringBuilder("data");
            for (MyDataPresenter.ConsentRow c : consents) {
                b.append(' ').append(c.purpose).append('=').append(c.decided ? String.valueOf(c.granted) : "undecided");
            }
            for (MyDataPresenter.CorrectionRow c : corrections) {
                b.append(" | ")
                        .append(c.field)
                        .append(' ')
                        .append(c.status)
                        .append(' ')
                        .append(c.declineReason);
            }
            shown.add(b.toString());
        }

        @Override
        public void saveCopy(String fileName, String text) {
            shown.add("save " + fileName + " " + text.length());
        }

        @Override
        public void savePdf(String fileName, byte[] pdf) {
            shown.add("pdf " + fileName + " " + pdf.length + " last byte " + (pdf[pdf.length - 1] & 0xff));
        }

        @Override
        public void correctionSent() {
            shown.add("sent");
        }

        @Override
        public void showCorrectionProblem(String field, String serverReason) {
            shown.add("problem " + field + " " + serverReason);
        }

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            shown.add("error " + error);
        }
    }

    @Test
    void consentsAndAnswersAreShownAndASwitchIsRecorded() throws Exception {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/me/consents", 200, CONSENTS)
                .on("GET /api/v1/me/correction-requests", 200, CORRECTIONS)
                .on(
                        "PUT /api/v1/me/consents/SMS_REMINDERS",
                        200,
                        "{\"purpose\":\"SMS_REMINDERS\",\"granted\":false,"
                                + "\"recordedAt\":\"2026-12-02T03:00:00Z\"}")
                .on(
                        "GET /api/v1/me/consents",
                        200,
                        "[{\"purpose\":\"SMS_REMINDERS\",\"granted\":false,"
                                + "\"recordedAt\":\"2026-12-02T03:00:00Z\"}," + CONSENTS.substring(1))
                .on("GET /api/v1/me/correction-requests", 200, CORRECTIONS);
        View view = new View();
        MyDataPresenter p = new MyDataPresenter(view, Fixtures.personClient(server, clock, new InMemorySyncStore()));
        p.start();
        p.setConsent("SMS_REMINDERS", false);
        String answer = " | ADDRESS DECLINED Cần giấy xác nhận tạm trú";
        assertEquals(
                Arrays.asList(
                        "data SMS_REMINDERS=undecided LOCATION_ON_CHECKIN=true SHARE_WITH_REFERRAL_PROVIDER=undecided"
                                + " PEER_CLUB_CONTACT=undecided ANONYMISED_STATISTICS=undecided" + answer,
                        "data SMS_REMINDERS=false LOCATION_ON_CHECKIN=true SHARE_WITH_REFERRAL_PROVIDER=undecided"
                                + " PEER_CLUB_CONTACT=undecided ANONYMISED_STATISTICS=undecided" + answer),
                view.shown);
        JSONObject sent = new JSONObject(
                server.requestsTo("/api/v1/me/consents/SMS_REMINDERS").get(0).body);
        assertEquals(false, sent.getBoolean("granted"));
    }

    @Test
    void aCorrectionIsCheckedSentOrRefusedInTheServersWords() throws Exception {
        ScriptedServer server = new ScriptedServer()
                .on(
                        "POST /api/v1/me/correction-requests",
                        400,
                        "{\"type\":\"x\",\"title\":\"Yêu cầu không hợp lệ\",\"status\":400,"
                                + "\"detail\":\"proposedValue: phải là một ngày dạng YYYY-MM-DD\"}")
                .on("POST /api/v1/me/correction-requests", 201, CORRECTIONS.substring(1, CORRECTIONS.length() - 1))
                .on("GET /api/v1/me/consents", 200, "[]")
                .on("GET /api/v1/me/correction-requests", 200, CORRECTIONS);
        View view = new View();
        MyDataPresenter p = new MyDataPresenter(view, Fixtures.personClient(server, clock, new InMemorySyncStore()));
        p.askCorrection("DATE_OF_BIRTH", "  ", "sai");
        p.askCorrection("DATE_OF_BIRTH", "17/05/1990", " ");
        p.askCorrection("DATE_OF_BIRTH", "17/05/1990", "Sai ngày sinh");
        p.askCorrection("ADDRESS", "Tổ 12, ngõ 3", "Đã chuyển nhà");
        assertEquals("problem proposedValue null", view.shown.get(0));
        assertEquals("problem reason null", view.shown.get(1));
        assertEquals("problem proposedValue phải là một ngày dạng YYYY-MM-DD", view.shown.get(2));
        assertEquals("sent", view.shown.get(3));
        assertTrue(view.shown.get(4).endsWith("ADDRESS DECLINED Cần giấy xác nhận tạm trú"), view.shown::toString);
        JSONObject body = new JSONObject(
                server.requestsTo("/api/v1/me/correction-requests").get(1).body);
        assertEquals("Tổ 12, ngõ 3", body.getString("proposedValue"));
        assertEquals(
                2,
                server.requestsTo("/api/v1/me/correction-requests").stream()
                        .filter(r -> r.method.equals("POST"))
                        .count());
    }

    @Test
    void theCopyIsHandedToTheViewToSaveAndOfflineSaysSo() {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/me/data", 200, "{\"caseId\":\"case\",\"sections\":[],\"retention\":\"5 năm\"}")
                .on("GET /api/v1/me/data", new ConnectException("offline"));
        View view = new View();
        MyDataPresenter p = new MyDataPresenter(view, Fixtures.personClient(server, clock, new InMemorySyncStore()));
        p.download();
        p.download();
        assertEquals(Arrays.asList("save du-lieu-cua-toi.json 51", "error OFFLINE"), view.shown);
    }

    @Test
    void theReadableCopyArrivesAsBytesAndAnythingButAPdfIsAServerProblem() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3};
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/me/data/pdf", new HttpResponse(200, new HashMap<String, String>(), pdf))
                .on("GET /api/v1/me/data/pdf", 200, "<html>Đăng nhập Wi-Fi</html>")
                .on("GET /api/v1/me/data/pdf", new ConnectException("offline"));
        View view = new View();
        MyDataPresenter p = new MyDataPresenter(view, Fixtures.personClient(server, clock, new InMemorySyncStore()));
        p.downloadPdf();
        p.downloadPdf();
        p.downloadPdf();
        assertEquals(
                Arrays.asList("pdf du-lieu-cua-toi.pdf 13 last byte 211", "error SERVER", "error OFFLINE"), view.shown);
        String accept = server.requestsTo("/api/v1/me/data/pdf").get(0).headers.get("Accept");
        assertTrue(accept.startsWith("application/pdf"), accept);
        assertTrue(accept.contains("application/problem+json"), "a refusal still comes as a problem: " + accept);
    }
}
