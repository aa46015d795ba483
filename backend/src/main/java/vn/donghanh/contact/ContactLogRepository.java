package vn.donghanh.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContactLogRepository extends CrudRepository<ContactLogEntity, String> {
    List<ContactLogEntity> findByCaseIdOrderByOccurredAtDesc(String caseId);

    List<ContactLogEntity> findByIdIn(Collection<String> ids);

    /** Retention: the mentor's free-text summaries of the case's contacts are replaced; type, time, concerns stay. */
    @Query("UPDATE contact_log SET summary = :replacement WHERE case_id = :caseId")
    int eraseSummaries(String caseId, String replacement);
}
