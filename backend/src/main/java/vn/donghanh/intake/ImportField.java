package vn.donghanh.intake;

import java.util.List;

/**
 * The fields of a registration ({@code CaseModels.RegisterCase}, by its JSON names) a column of a
 * commune's list can fill, with the header words communes use for them, folded (no diacritics, lower
 * case, punctuation as spaces: see {@link HeaderMatcher#normalise}). The first words are the usual
 * ones; the longer a word, the surer a match by containment.
 */
public enum ImportField {
    FULL_NAME("fullName", List.of("ho va ten", "ho ten", "ho va ten nguoi sau cai", "ten", "ho ten doi tuong")),
    DATE_OF_BIRTH(
            "dateOfBirth", List.of("ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay", "ngay sinh nam sinh")),
    SEX("sex", List.of("gioi tinh", "gioi", "nam nu", "gt")),
    ETHNICITY("ethnicity", List.of("dan toc")),
    NATIONAL_ID(
            "nationalId",
            List.of(
                    "so cccd",
                    "cccd",
                    "so cmnd",
                    "cmnd",
                    "cmnd cccd",
                    "so cmnd cccd",
                    "so dinh danh",
                    "can cuoc",
                    "so can cuoc",
                    "so dinh danh ca nhan")),
    PHONE("phone", List.of("so dien thoai", "dien thoai", "sdt", "so dt", "dt")),
    ADDRESS(
            "address",
            List.of(
                    "dia chi",
                    "noi cu tru",
                    "noi o",
                    "cho o",
                    "cho o hien nay",
                    "noi o hien nay",
                    "thuong tru",
                    "dia chi thuong tru",
                    "noi thuong tru",
                    "dia chi cu tru")),
    BASIS("basis", List.of("hinh thuc cai nghien", "dien quan ly", "hinh thuc", "loai cai nghien", "co so quan ly")),
    DECISION_NUMBER("decisionNumber", List.of("so quyet dinh", "so qd", "quyet dinh so", "qd so")),
    DECISION_DATE("decisionDate", List.of("ngay quyet dinh", "ngay qd", "ngay ra quyet dinh", "ngay ky quyet dinh")),
    START_DATE(
            "startDate",
            List.of(
                    "ngay bat dau",
                    "ngay bat dau quan ly",
                    "ngay chap hanh xong",
                    "ngay ve dia phuong",
                    "ngay tro ve",
                    "ngay ve",
                    "ngay hoan thanh cai nghien",
                    "ngay ra trai",
                    "ngay ra co so"));

    private final String jsonName;
    private final List<String> words;

    ImportField(String jsonName, List<String> words) {
        this.jsonName = jsonName;
        this.words = words;
    }

    /** The RegisterCase property it fills: also the field name of a problem about it. */
    public String jsonName() {
        return jsonName;
    }

    List<String> words() {
        return words;
    }

    /** The fields a registration cannot do without (decision date aside: it falls back to the start date). */
    public boolean required() {
        return this == FULL_NAME
                || this == DATE_OF_BIRTH
                || this == SEX
                || this == ADDRESS
                || this == DECISION_NUMBER
                || this == START_DATE;
    }

    public static ImportField byJsonName(String name) {
        for (ImportField f : values()) {
            if (f.jsonName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
