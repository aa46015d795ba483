package vn.donghanh.drugtest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DrugTestRepository extends CrudRepository<DrugTestEntity, String> {
    List<DrugTestEntity> findByCaseIdOrderByTestedOnDesc(String caseId);

    List<DrugTestEntity> findByCaseIdInAndTestedOnBetween(Collection<String> caseIds, LocalDate from, LocalDate until);

    /** Retention: who tested (a name typed in) is replaced; the date and the result stay for the counts. */
    @Query("UPDATE drug_test SET tested_by = :replacement WHERE case_id = :caseId")
    int eraseTesters(String caseId, String replacement);
}
