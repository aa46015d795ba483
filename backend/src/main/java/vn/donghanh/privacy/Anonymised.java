package vn.donghanh.privacy;

/**
 * What an erased text that cannot be NULL holds from then on (a name, an address, a contact's
 * summary): the same words everywhere, so a reader sees at once that the record was anonymised
 * rather than lost. Stored data, not a word of any one reader: Vietnamese, as the records are.
 */
public final class Anonymised {
    /** "Anonymised". */
    public static final String TEXT = "Đã ẩn danh";

    private Anonymised() {}
}
