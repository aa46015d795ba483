package vn.donghanh.appointment;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves every recurring appointment's rolling horizon forward; idempotent, safe on several instances. */
@Singleton
public class AppointmentHorizonJob {
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentHorizonJob.class);
    private final AppointmentService appointments;
    private final Clock clock;

    public AppointmentHorizonJob(AppointmentService appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${donghanh.appointments.extend-interval:1h}",
            initialDelay = "${donghanh.appointments.extend-initial-delay:1m}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Extending appointment horizons failed; it runs again later", e);
        }
    }

    public int runOnce() {
        Instant until = clock.instant().plus(appointments.horizon());
        int n = 0;
        for (String seriesId : appointments.seriesToExtend(until)) {
            appointments.extend(seriesId, until);
            n++;
        }
        return n;
    }
}
