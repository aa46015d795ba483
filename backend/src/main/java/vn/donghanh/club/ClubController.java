package vn.donghanh.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

/** Clubs, membership and meetings (the board is {@link ClubBoardController}). */
@Controller("/api/v1/clubs")
@Secured({"PERSON", "OFFICER", "MENTOR"})
public class ClubController {
    private final ClubService clubs;
    private final MembershipService memberships;
    private final AttendanceService attendance;

    public ClubController(ClubService clubs, MembershipService memberships, AttendanceService attendance) {
        this.clubs = clubs;
        this.memberships = memberships;
        this.attendance = attendance;
    }

    @Post
    @Secured({"OFFICER", "MENTOR"})
    public HttpResponse<ClubModels.Club> create(Caller caller, @Body @Valid ClubModels.CreateClub body) {
        return HttpResponse.created(clubs.create(caller, body));
    }

    @Get
    public List<ClubModels.Club> list(Caller caller) {
        return clubs.list(caller);
    }

    @Get("/{clubId}")
    public ClubModels.Club get(Caller caller, @PathVariable String clubId) {
        return clubs.get(caller, Ids.parse("clubId", clubId));
    }

    @Put("/{clubId}/membership")
    @Secured("PERSON")
    public ClubModels.Membership join(Caller caller, @PathVariable String clubId, @Body @Valid ClubModels.Join body) {
        return memberships.join(caller, Ids.parse("clubId", clubId), body);
    }

    @Delete("/{clubId}/membership")
    @Secured("PERSON")
    public HttpResponse<Void> leave(Caller caller, @PathVariable String clubId) {
        memberships.leave(caller, Ids.parse("clubId", clubId));
        return HttpResponse.noContent();
    }

    @Get("/{clubId}/members")
    public List<ClubModels.Member> members(Caller caller, @PathVariable String clubId) {
        return memberships.members(caller, Ids.parse("clubId", clubId));
    }

    @Get("/{clubId}/meetings")
    public List<ClubModels.Meeting> meetings(
            Caller caller,
            @PathVariable String clubId,
            @QueryValue @Nullable LocalDate from,
            @QueryValue @Nullable LocalDate to) {
        return attendance.meetings(caller, Ids.parse("clubId", clubId), from, to);
    }

    @Post("/{clubId}/attendance")
    @Secured({"OFFICER", "MENTOR"})
    public ClubModels.Meeting recordAttendance(
            Caller caller, @PathVariable String clubId, @Body @Valid ClubModels.RecordAttendance body) {
        return attendance.record(caller, Ids.parse("clubId", clubId), body);
    }
}
