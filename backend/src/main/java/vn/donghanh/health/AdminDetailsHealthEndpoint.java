package vn.donghanh.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import vn.donghanh.security.Role;

/**
 * /health with details (disk, database, which check failed) for ADMIN callers only: Micronaut can
 * show them to everyone or to anyone signed in, and a PERSON has no business reading how the
 * server is built. Everyone else, signed in or not, gets the status alone.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminDetailsHealthEndpoint extends HealthEndpoint {
    public AdminDetailsHealthEndpoint(
            HealthAggregator<HealthResult> healthAggregator,
            HealthIndicator[] healthIndicators,
            @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        boolean admin = principal instanceof Authentication a && a.getRoles().contains(Role.ADMIN.name());
        return admin ? super.levelOfDetail(principal) : HealthLevelOfDetail.STATUS;
    }
}
