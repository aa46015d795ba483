package vn.donghanh.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.training.Audience;
import vn.donghanh.training.TrainingModels.Answer;
import vn.donghanh.training.TrainingModels.AuthorCourse;
import vn.donghanh.training.TrainingModels.CourseBody;
import vn.donghanh.training.TrainingModels.LessonBody;
import vn.donghanh.training.TrainingModels.QuestionBody;
import vn.donghanh.training.TrainingModels.SubmitAttempt;
import vn.donghanh.training.TrainingService;

/**
 * The demo's training (issue 17): two short courses in plain Vietnamese, published nationally by the
 * admin, and the first demo mentor (demo.mentor.youth) has completed the first one from the phone.
 */
@Singleton
class DemoTraining {
    private final TrainingService training;
    private final Clock clock;

    DemoTraining(TrainingService training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    void seed(Caller admin, String mentorId, String communeId, String communePath) {
        AuthorCourse counselling = training.create(admin, counselling());
        training.create(admin, crisis());
        Caller mentor =
                new Caller(mentorId, Role.MENTOR, "demo mentor", communeId, communePath, null, null, "127.0.0.1");
        List<Answer> answers = new ArrayList<>();
        counselling
                .lessons()
                .forEach(l -> l.questions().forEach(q -> answers.add(new Answer(q.id(), q.correctOption()))));
        training.submit(
                mentor,
                counselling.id(),
                new SubmitAttempt(
                        UUID.randomUUID(),
                        counselling.version(),
                        clock.instant().minus(Duration.ofDays(2)).atOffset(ZoneOffset.ofHours(7)),
                        answers));
    }

    private static QuestionBody q(String text, int correct, String... options) {
        return new QuestionBody(text, List.of(options), correct);
    }

    private static CourseBody counselling() {
        return new CourseBody(
                null,
                null,
                Audience.BOTH,
                "Kỹ năng tư vấn cơ bản",
                "Ba bài ngắn về cách lắng nghe, đặt câu hỏi và giữ bí mật khi trò chuyện với người sau cai.",
                80,
                List.of(
                        new LessonBody(
                                "Lắng nghe tích cực",
                                """
                                Người sau cai thường ngại chia sẻ. Việc đầu tiên của người giúp đỡ là lắng nghe, \
                                không phán xét.

                                - Ngồi ngang hàng, nhìn vào người nói, tắt chuông điện thoại.
                                - Để họ nói hết, không ngắt lời, không vội khuyên.
                                - Nhắc lại bằng lời của mình điều vừa nghe để chắc là mình hiểu đúng.

                                Lắng nghe tốt giúp người được hỗ trợ thấy mình được tôn trọng và tin tưởng hơn.""",
                                null,
                                null,
                                null,
                                List.of(
                                        q(
                                                "Khi người được hỗ trợ đang kể chuyện, người giúp đỡ nên làm gì?",
                                                1,
                                                "Ngắt lời để đưa lời khuyên ngay",
                                                "Lắng nghe hết, sau đó nhắc lại ý chính để kiểm tra mình hiểu đúng",
                                                "Vừa nghe vừa xem điện thoại"),
                                        q(
                                                "Vì sao không nên phán xét khi nghe?",
                                                0,
                                                "Vì phán xét làm người nói ngại chia sẻ thật lòng",
                                                "Vì phán xét mất thời gian",
                                                "Không có lý do gì"))),
                        new LessonBody(
                                "Đặt câu hỏi mở",
                                """
                                Câu hỏi mở giúp người được hỗ trợ tự nói về suy nghĩ và cảm xúc của mình, thay vì \
                                chỉ trả lời “có” hoặc “không”.

                                - Câu hỏi đóng: “Anh có ổn không?”
                                - Câu hỏi mở: “Tuần này của anh thế nào?”, “Điều gì làm anh thấy khó khăn nhất?”

                                Hỏi từng câu một, chờ họ trả lời, không hỏi dồn dập.""",
                                null,
                                null,
                                null,
                                List.of(q(
                                        "Câu nào là câu hỏi mở?",
                                        2,
                                        "Anh có đi làm không?",
                                        "Hôm nay anh có thèm không?",
                                        "Dạo này công việc của anh thế nào?"))),
                        new LessonBody(
                                "Giữ bí mật và tôn trọng",
                                """
                                Những gì người được hỗ trợ chia sẻ là chuyện riêng tư. Chỉ báo cho cán bộ phụ trách \
                                khi có nguy cơ cho tính mạng, sức khỏe của họ hoặc của người khác, và nói trước với \
                                họ điều đó.

                                - Không kể chuyện của họ cho hàng xóm, bạn bè.
                                - Không đưa tên, hình ảnh hay chuyện của họ lên mạng xã hội.
                                - Gọi họ bằng tên, xưng hô lịch sự.""",
                                null,
                                null,
                                null,
                                List.of(q(
                                        "Người giúp đỡ được kể lại chuyện riêng của người được hỗ trợ cho ai?",
                                        1,
                                        "Cho hàng xóm để mọi người cùng giúp",
                                        "Chỉ cho cán bộ phụ trách, khi có nguy cơ cho tính mạng, sức khỏe",
                                        "Cho bất kỳ ai hỏi")))));
    }

    private static CourseBody crisis() {
        return new CourseBody(
                null,
                null,
                Audience.MENTORS,
                "Xử lý khi người được hỗ trợ gặp khủng hoảng",
                "Hai bài ngắn: nhận biết dấu hiệu khủng hoảng và việc cần làm ngay lúc đó.",
                80,
                List.of(
                        new LessonBody(
                                "Nhận biết dấu hiệu khủng hoảng",
                                """
                                Khủng hoảng có thể đến khi người sau cai mất việc, mâu thuẫn với gia đình, gặp lại \
                                bạn cũ còn sử dụng ma túy, hoặc thèm nhiều.

                                Dấu hiệu cần chú ý:
                                - Nói muốn chết, muốn bỏ đi, hoặc nói mình vô dụng.
                                - Bỏ ăn, mất ngủ nhiều ngày, cáu gắt khác thường.
                                - Không nghe máy, không đến chỗ hẹn, tránh mặt gia đình.

                                Khi thấy những dấu hiệu này, hãy liên lạc với họ ngay trong ngày.""",
                                null,
                                null,
                                null,
                                List.of(q(
                                        "Dấu hiệu nào cho thấy người được hỗ trợ có thể đang khủng hoảng?",
                                        1,
                                        "Đi làm đều, ăn ngủ bình thường",
                                        "Nói mình vô dụng, muốn bỏ đi, mất ngủ nhiều ngày",
                                        "Tham gia sinh hoạt câu lạc bộ"))),
                        new LessonBody(
                                "Việc cần làm ngay",
                                """
                                - Giữ bình tĩnh, nói chậm, ở bên cạnh họ hoặc giữ liên lạc qua điện thoại.
                                - Hỏi thẳng nhưng nhẹ nhàng: “Anh có đang nghĩ đến việc làm hại bản thân không?”. \
                                Hỏi như vậy không làm họ nghĩ đến điều đó nhiều hơn.
                                - Cất xa những vật nguy hiểm nếu có thể.
                                - Báo ngay cho cán bộ phụ trách qua ứng dụng hoặc điện thoại. Nếu tính mạng bị đe dọa, \
                                gọi cấp cứu 115.

                                Không hứa giữ bí mật khi tính mạng của họ đang bị đe dọa.""",
                                null,
                                null,
                                null,
                                List.of(
                                        q(
                                                "Nếu người được hỗ trợ nói muốn làm hại bản thân, người giúp đỡ nên làm gì?",
                                                1,
                                                "Hứa giữ bí mật và để họ ở một mình cho bình tĩnh",
                                                "Ở bên họ, báo ngay cho cán bộ phụ trách, gọi 115 nếu tính mạng bị đe dọa",
                                                "Khuyên họ đi ngủ, hôm sau nói chuyện"),
                                        q(
                                                "Hỏi thẳng về ý định làm hại bản thân có làm họ nghĩ đến điều đó nhiều hơn không?",
                                                1,
                                                "Có, nên tránh hỏi",
                                                "Không; hỏi nhẹ nhàng giúp biết mức nguy hiểm để tìm trợ giúp kịp thời")))));
    }
}
