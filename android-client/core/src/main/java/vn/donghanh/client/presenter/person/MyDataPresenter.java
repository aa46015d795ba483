package vn.donghanh.client.presenter.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.presenter.Presenter;

/**
 * "Dữ liệu của tôi" (issue 17, Personal Data Protection Law 91/2025): the person downloads the copy
 * of everything held about them ({@code GET /api/v1/me/data}), sees and switches each consent
 * ({@code /me/consents}), and asks for corrections of their case and reads the answers
 * ({@code /me/correction-requests}). Online only: these are the server's records, not the phone's.
 */
public final class MyDataPresenter extends Presenter<MyDataView> {
    /** The purposes in the order the screen shows them. */
    public static final List<String> PURPOSES = Arrays.asList(
            "SMS_REMINDERS",
            "LOCATION_ON_CHECKIN",
            "SHARE_WITH_REFERRAL_PROVIDER",
            "PEER_CLUB_CONTACT",
            "ANONYMISED_STATISTICS");
    /** The fields a person may ask to correct, in the order the screen offers them. */
    public static final List<String> FIELDS =
            Arrays.asList("FULL_NAME", "DATE_OF_BIRTH", "ADDRESS", "PHONE", "ETHNICITY", "PREFERRED_LANGUAGE");

    public static final String COPY_FILE = "du-lieu-cua-toi.json";
    /** The readable copy: the same name the server gives it in Content-Disposition. */
    public static final String PDF_FILE = "du-lieu-cua-toi.pdf";

    /** One purpose: {@code decided} false means never chosen (the screen says so; the switch is off). */
    public static final class ConsentRow {
        public final String purpose;
        public final boolean granted;
        public final boolean decided;

        ConsentRow(String purpose, boolean granted, boolean decided) {
            this.purpose = purpose;
            this.granted = granted;
            this.decided = decided;
        }
    }

    /** One request with its answer ({@code status} OPEN, ACCEPTED or DECLINED). */
    public static final class CorrectionRow {
        public final String id;
        public final String field;
        public final String proposedValue;
        public final String reason;
        public final String status;
        public final String declineReason;

        CorrectionRow(
                String id, String field, String proposedValue, String reason, String status, String declineReason) {
            this.id = id;
            this.field = field;
            this.proposedValue = proposedValue;
            this.reason = reason;
            this.status = status;
            this.declineReason = declineReason;
        }
    }

    private static final class Loaded {
        final List<ConsentRow> consents;
        final List<CorrectionRow> corrections;

        Loaded(List<ConsentRow> consents, List<CorrectionRow> corrections) {
            this.consents = consents;
            this.corrections = corrections;
        }
    }

    public MyDataPresenter(MyDataView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(this::read, MyDataPresenter::show);
    }

    /** The switch of {@code purpose} moved: the server records it, then the screen shows what is in force. */
    public void setConsent(final String purpose, final boolean granted) {
        load(
                () -> {
                    client.api().setConsent(purpose, granted);
                    return read();
                },
                MyDataPresenter::show);
    }

    /** Downloads the copy and hands it to the View to save. */
    public void download() {
        load(() -> client.api().myDataJson(), (view, text) -> view.saveCopy(COPY_FILE, text));
    }

    /**
     * Downloads the readable copy and hands it to the View to save and open. A body that is not a
     * PDF (a proxy's error page with a 200) is a server problem, not a file to show the person.
     */
    public void downloadPdf() {
        load(
                () -> {
                    byte[] pdf = client.api().myDataPdf();
                    if (!isPdf(pdf)) {
                        throw new IllegalStateException("the copy is not a PDF (" + pdf.length + " bytes)");
                    }
                    return pdf;
                },
                (view, pdf) -> view.savePdf(PDF_FILE, pdf));
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    /** Sends a correction request; blank fields are caught here, the server checks the value. */
    public void askCorrection(final String field, final String proposedValue, final String reason) {
        MyDataView v = view();
        if (proposedValue == null || proposedValue.trim().isEmpty()) {
            if (v != null) v.showCorrectionProblem("proposedValue", null);
            return;
        }
        if (reason == null || reason.trim().isEmpty()) {
            if (v != null) v.showCorrectionProblem("reason", null);
            return;
        }
        vn.donghanh.client.concurrent.BackgroundTask<Object> send = () -> {
            try {
                client.api().askCorrection(field, proposedValue.trim(), reason.trim());
            } catch (ApiException refused) {
                if (refused.status == 400 || refused.status == 409 || refused.status == 422) {
                    return refused;
                }
                throw refused;
            }
            return read();
        };
        load(send, (view, result) -> {
            if (result instanceof ApiException) {
                ApiException refused = (ApiException) result;
                String field1 =
                        refused.detail != null && refused.detail.startsWith("reason") ? "reason" : "proposedValue";
                view.showCorrectionProblem(field1, withoutFieldName(refused.humanReason()));
                return;
            }
            view.correctionSent();
            show(view, (Loaded) result);
        });
    }

    /** "proposedValue: phải là …" → "phải là …": the View puts the words under the field itself. */
    static String withoutFieldName(String reason) {
        int colon = reason.indexOf(": ");
        return colon > 0 && reason.substring(0, colon).matches("[A-Za-z]+") ? reason.substring(colon + 2) : reason;
    }

    private static void show(MyDataView view, Loaded loaded) {
        view.showMyData(loaded.consents, loaded.corrections);
    }

    private Loaded read() throws Exception {
        Map<String, Boolean> inForce = new HashMap<>();
        JSONArray consents = client.api().myConsentsJson();
        for (int i = 0; i < consents.length(); i++) {
            JSONObject c = consents.getJSONObject(i);
            inForce.put(c.getString("purpose"), c.getBoolean("granted"));
        }
        List<ConsentRow> rows = new ArrayList<>();
        for (String p : PURPOSES) {
            Boolean granted = inForce.get(p);
            rows.add(new ConsentRow(p, granted != null && granted, granted != null));
        }
        List<CorrectionRow> corrections = new ArrayList<>();
        JSONArray asked = client.api().myCorrectionsJson();
        for (int i = 0; i < asked.length(); i++) {
            JSONObject c = asked.getJSONObject(i);
            corrections.add(new CorrectionRow(
                    c.getString("id"),
                    c.getString("field"),
                    c.getString("proposedValue"),
                    c.getString("reason"),
                    c.getString("status"),
                    Json.string(c, "declineReason")));
        }
        return new Loaded(rows, corrections);
    }
}
