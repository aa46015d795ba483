package vn.donghanh.privacy;

import java.util.Set;

/**
 * One feature's part of the retention rule: when a closed case's retention time has passed, the
 * identifying fields the feature holds about it (names, national ID, phone, address, free text,
 * coordinates) are erased or irreversibly replaced, keeping what anonymised statistics need
 * (dates, kinds, statuses, the administrative unit). Each feature adds a bean of this type for its
 * own tables; a test compares {@link #tables()} of all beans with every table that has a
 * {@code case_id} column.
 */
public interface PersonalDataErasure {
    /** The tables this feature anonymises, named as in the migrations. */
    Set<String> tables();

    /** Erases the case's identifying fields in this feature's tables, inside the caller's transaction. */
    void erase(String caseId);
}
