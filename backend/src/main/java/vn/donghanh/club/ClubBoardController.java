package vn.donghanh.club;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

/** A club's message board: members post and report, moderators hide. */
@Controller("/api/v1/clubs/{clubId}/posts")
@Secured({"PERSON", "OFFICER", "MENTOR"})
public class ClubBoardController {
    private final BoardService board;

    public ClubBoardController(BoardService board) {
        this.board = board;
    }

    @Get
    public Page<ClubModels.Post> list(
            Caller caller,
            @PathVariable String clubId,
            @QueryValue @Nullable Boolean reported,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return board.posts(
                caller, Ids.parse("clubId", clubId), Boolean.TRUE.equals(reported), cursor, Cursor.limit(limit));
    }

    @Post
    @Secured("PERSON")
    public HttpResponse<ClubModels.Post> post(
            Caller caller, @PathVariable String clubId, @Body @Valid ClubModels.CreatePost body) {
        return HttpResponse.created(board.post(caller, Ids.parse("clubId", clubId), body));
    }

    @Post("/{postId}/reports")
    @Secured("PERSON")
    public ClubModels.Post report(
            Caller caller,
            @PathVariable String clubId,
            @PathVariable String postId,
            @Body @Valid ClubModels.ReportPost body) {
        return board.report(caller, Ids.parse("clubId", clubId), Ids.parse("postId", postId), body);
    }

    @Post("/{postId}/hide")
    @Secured({"OFFICER", "MENTOR"})
    public ClubModels.Post hide(
            Caller caller,
            @PathVariable String clubId,
            @PathVariable String postId,
            @Body @Valid ClubModels.HidePost body) {
        return board.hide(caller, Ids.parse("clubId", clubId), Ids.parse("postId", postId), body);
    }
}
