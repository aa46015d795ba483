package vn.donghanh.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * One feature's part of a person's own copy of their data (Personal Data Protection Law 91/2025):
 * each feature that stores something about a case adds a bean of this type, built from its own
 * queries, so a new feature cannot be left out unnoticed (a test compares {@link #tables()} of all
 * beans with every table that has a {@code case_id} column).
 */
public interface PersonalDataExport {
    /** The tables this section reads, named as in the migrations. */
    Set<String> tables();

    /** What the feature holds about the case, with every word in the reader's language. */
    ExportSection export(String caseId, Locale locale);
}
