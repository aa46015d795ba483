package vn.donghanh.privacy;

/**
 * The fields of a case a person may ask to have corrected: what is about them as a person. The
 * management decision, its dates and the status are the commune's record of a procedure, changed
 * only by the officer through the case's own edit.
 */
public enum CorrectableField {
    FULL_NAME,
    DATE_OF_BIRTH,
    ETHNICITY,
    ADDRESS,
    PHONE,
    PREFERRED_LANGUAGE
}
