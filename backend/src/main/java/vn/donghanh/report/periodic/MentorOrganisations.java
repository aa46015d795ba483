package vn.donghanh.report.periodic;

import java.util.Map;
import vn.donghanh.organisation.OrganisationType;

/** Which "mentors by organisation" row a mentor's organisation type is counted in. */
final class MentorOrganisations {
    private static final Map<OrganisationType, Indicator> ROWS = Map.of(
            OrganisationType.YOUTH_UNION, Indicator.MENTORS_YOUTH_UNION,
            OrganisationType.WOMENS_UNION, Indicator.MENTORS_WOMENS_UNION,
            OrganisationType.VETERANS_ASSOCIATION, Indicator.MENTORS_VETERANS_ASSOCIATION,
            OrganisationType.FARMERS_ASSOCIATION, Indicator.MENTORS_FARMERS_ASSOCIATION,
            OrganisationType.VOLUNTEER_TEAM, Indicator.MENTORS_VOLUNTEER_TEAM);

    private MentorOrganisations() {}

    /** The row for an organisation type as stored (null: the mentor has no organisation). */
    static Indicator indicatorFor(String type) {
        if (type == null) {
            return Indicator.MENTORS_OTHER;
        }
        try {
            return ROWS.getOrDefault(OrganisationType.valueOf(type), Indicator.MENTORS_OTHER);
        } catch (IllegalArgumentException e) {
            return Indicator.MENTORS_OTHER;
        }
    }
}
