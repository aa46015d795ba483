package vn.donghanh.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Plain persistence of cases. Scope-aware reads live in {@link CaseQueries}; every write here is
 * guarded by the version column so that a stale edit is refused rather than silently lost.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseRepository extends CrudRepository<CaseEntity, String> {

    @Query("SELECT * FROM managed_case WHERE id = :id FOR UPDATE")
    Optional<CaseEntity> findByIdForUpdate(String id);

    @Query("""
            UPDATE managed_case SET full_name = :fullName, name_search = :nameSearch, date_of_birth = :dateOfBirth,
              sex = :sex, ethnicity = :ethnicity, preferred_language = :preferredLanguage, phone_enc = :phoneEnc,
              national_id_enc = :nationalIdEnc, address = :address, basis = :basis, decision_number = :decisionNumber,
              decision_date = :decisionDate, start_date = :startDate, planned_end_date = :plannedEndDate,
              time_zone = :timeZone, version = version + 1, updated_at = :updatedAt
            WHERE id = :id AND version = :version""")
    int updateIfVersion(
            String id,
            int version,
            String fullName,
            String nameSearch,
            LocalDate dateOfBirth,
            String sex,
            @Nullable String ethnicity,
            String preferredLanguage,
            @Nullable byte[] phoneEnc,
            @Nullable byte[] nationalIdEnc,
            String address,
            String basis,
            String decisionNumber,
            LocalDate decisionDate,
            LocalDate startDate,
            LocalDate plannedEndDate,
            String timeZone,
            Instant updatedAt);

    @Query("""
            UPDATE managed_case SET status = :status, status_since = :statusSince, version = version + 1,
              updated_at = :updatedAt WHERE id = :id""")
    int updateStatus(String id, String status, LocalDate statusSince, Instant updatedAt);
}
