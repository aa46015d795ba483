package vn.donghanh.appointment;

import java.util.EnumSet;
import java.util.Set;
import vn.donghanh.organisation.OrganisationType;

/**
 * The one rule for what a lock screen may say about an appointment's place: a place whose type tells
 * of drug treatment is named only generically ("cơ sở y tế", "the health facility"). The reminders'
 * texts follow it, and occurrences carry it ({@code discreetPlace}) so the phone's own alarms do too.
 */
public final class DiscreetPlaces {
    private static final Set<OrganisationType> HIDDEN = EnumSet.of(
            OrganisationType.METHADONE_CLINIC, OrganisationType.REHAB_FACILITY, OrganisationType.COUNSELLING_POINT);

    private DiscreetPlaces() {}

    /** Whether a place of this type (an {@link OrganisationType} name) must not be named on a lock screen. */
    public static boolean hidesName(String placeType) {
        return HIDDEN.stream().anyMatch(t -> t.name().equals(placeType));
    }
}
