package vn.donghanh.checkin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CheckinRepository extends CrudRepository<CheckinEntity, String> {
    List<CheckinEntity> findByCaseIdInOrderByOccurredAt(Collection<String> caseIds);

    List<CheckinEntity> findByIdIn(Collection<String> ids);

    @Query("UPDATE checkin SET latitude = NULL, longitude = NULL WHERE case_id = :caseId AND latitude IS NOT NULL")
    int eraseLocations(String caseId);

    /** Retention: the person's notes and every coordinate go; kind, times, wellbeing and craving stay. */
    @Query("UPDATE checkin SET note = NULL, latitude = NULL, longitude = NULL WHERE case_id = :caseId")
    int eraseNotesAndLocations(String caseId);
}
