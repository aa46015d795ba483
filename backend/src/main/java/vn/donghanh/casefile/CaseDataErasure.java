package vn.donghanh.casefile;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.TextFold;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The registry's part of retention. The case row loses the name (and its folded search form), national ID and
 * phone (ciphertext and both lookup hashes), address and decision number; the birth date keeps only its year (the
 * reports' age bands). Kept for the statistics: unit, sex, ethnicity, language, basis, the period's dates, status,
 * time zone. The timeline keeps its events (type, statuses, dates, actor) without their free-text reasons.
 * Kept as is: the completion certificate's number, a sequence of the commune's paper register, which must never be
 * given out twice (the paper register, not this service, links it to a name).
 */
@Singleton
class CaseDataErasure implements PersonalDataErasure {
    private final JdbcOperations jdbc;
    private final Clock clock;

    CaseDataErasure(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> tables() {
        return Set.of("managed_case", "case_event", "certificate_number");
    }

    @Override
    public void erase(String caseId) {
        SqlLists.update(
                jdbc,
                """
                UPDATE managed_case SET full_name = ?, name_search = ?, address = ?, decision_number = ?,
                  phone_enc = NULL, national_id_enc = NULL, national_id_hash = NULL, phone_hash = NULL,
                  date_of_birth = MAKEDATE(YEAR(date_of_birth), 1), version = version + 1, updated_at = ?
                WHERE id = ?""",
                Arrays.asList(
                        Anonymised.TEXT,
                        TextFold.fold(Anonymised.TEXT),
                        Anonymised.TEXT,
                        Anonymised.TEXT,
                        Timestamp.from(clock.instant()),
                        caseId));
        SqlLists.update(
                jdbc,
                "UPDATE case_event SET reason = NULL WHERE case_id = ? AND reason IS NOT NULL",
                Arrays.asList(caseId));
    }
}
