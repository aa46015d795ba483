package vn.donghanh.client.presenter.person;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

/** "Dữ liệu của tôi" (issue 17): the person's consents, their correction requests, and their data copy. */
public interface MyDataView extends BaseView {
    /** Every consent purpose in a fixed order, and the correction requests newest first. */
    void showMyData(List<MyDataPresenter.ConsentRow> consents, List<MyDataPresenter.CorrectionRow> corrections);

    /** The copy downloaded: save or share {@code text} as {@code fileName} (JSON, UTF-8). */
    void saveCopy(String fileName, String text);

    /** The readable copy downloaded: save {@code pdf} as {@code fileName} and open it for the person. */
    void savePdf(String fileName, byte[] pdf);

    /** A correction request was sent; clear the form. */
    void correctionSent();

    /**
     * The request was refused or is incomplete: {@code field} is {@code proposedValue} or {@code
     * reason}; {@code serverReason} is the server's words (already in the person's language), or
     * null for a local check (the View says "please fill this in" itself).
     */
    void showCorrectionProblem(String field, String serverReason);
}
