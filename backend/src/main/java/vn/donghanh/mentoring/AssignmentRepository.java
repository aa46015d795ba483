package vn.donghanh.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssignmentRepository extends CrudRepository<AssignmentEntity, String> {
    long countByMentorIdAndActive(String mentorId, boolean active);

    Optional<AssignmentEntity> findByCaseIdAndActive(String caseId, boolean active);

    List<AssignmentEntity> findByCaseIdOrderByCreatedAt(String caseId);

    List<AssignmentEntity> findByCaseIdIn(Collection<String> caseIds);

    List<AssignmentEntity> findByCaseIdInAndActive(Collection<String> caseIds, boolean active);

    List<AssignmentEntity> findByMentorIdAndActive(String mentorId, boolean active);

    List<AssignmentEntity> findByMentorIdInAndActive(Collection<String> mentorIds, boolean active);

    @Query("SELECT * FROM mentor_assignment WHERE id = :id FOR UPDATE")
    Optional<AssignmentEntity> findByIdForUpdate(String id);

    @Query("""
            UPDATE mentor_assignment SET active = FALSE, end_date = :endDate, end_reason = :reason, ended_by = :endedBy
            WHERE case_id = :caseId AND active""")
    int endActiveAssignments(String caseId, LocalDate endDate, String reason, String endedBy);

    /** Retention: why an assignment ended (free text) goes; mentor, dates and who ended it stay. */
    @Query("UPDATE mentor_assignment SET end_reason = NULL WHERE case_id = :caseId AND end_reason IS NOT NULL")
    int eraseEndReasons(String caseId);
}
