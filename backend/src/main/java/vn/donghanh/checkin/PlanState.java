package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A plan series' state as the escalation scan and the overdue list need it: since when it is overdue (null: it is not),
 * and when that can next change by time alone ({@link ComplianceCalculator.State#nextChangeAt()}: usually the
 * deadline of its next unsatisfied occurrence, grace included; null: only a write can change it).
 */
public record PlanState(
        String seriesId,
        PlanKind kind,
        @Nullable Instant overdueSince,
        @Nullable Instant nextCheckAt) {}
