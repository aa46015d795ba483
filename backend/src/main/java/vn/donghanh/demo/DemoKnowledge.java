package vn.donghanh.demo;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import vn.donghanh.knowledge.KnowledgeModels.CreateKnowledgePage;
import vn.donghanh.knowledge.KnowledgeService;
import vn.donghanh.provider.ProviderModels;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;

/**
 * The public knowledge pages of the demo (issue 17), published, and the places of help their
 * "where to find help" page lists for the demo province: a counselling point, a methadone clinic and
 * the Employment Service Centre. Written in plain Vietnamese with short sentences for a reader who
 * may have left school early; the legal durations are those of Law 73/2021 Art. 40 as
 * application.yml configures them (an admin edits the page when the law changes). No hotline is
 * named beyond the national emergency numbers: the design names none.
 */
@Singleton
class DemoKnowledge {
    private final KnowledgeService knowledge;
    private final ProviderService providers;

    DemoKnowledge(KnowledgeService knowledge, ProviderService providers) {
        this.knowledge = knowledge;
        this.providers = providers;
    }

    void load(Caller admin, String provinceId, List<UUID> communes) {
        placesOfHelp(provinceId, communes, admin);
        page(
                admin,
                "quan-ly-sau-cai",
                10,
                "Thời gian quản lý sau cai nghiện",
                "Quản lý sau cai nghiện là gì, kéo dài bao lâu và gồm những việc gì.",
                MANAGEMENT_VI,
                "The management period after rehab",
                "What post-rehab management is, how long it lasts and what it involves.",
                MANAGEMENT_EN);
        page(
                admin,
                "quyen-va-nghia-vu",
                20,
                "Quyền và nghĩa vụ của bạn",
                "Bạn được giúp những gì, và bạn cần làm những gì trong thời gian quản lý.",
                RIGHTS_VI,
                null,
                null,
                null);
        page(
                admin,
                "cac-hinh-thuc-cai-nghien",
                30,
                "Các hình thức cai nghiện",
                "Cai nghiện tự nguyện tại gia đình, cộng đồng; cai nghiện bắt buộc; điều trị bằng methadone.",
                FORMS_VI,
                null,
                null,
                null);
        page(
                admin,
                "tim-noi-ho-tro",
                40,
                "Tìm nơi hỗ trợ ở tỉnh của bạn",
                "Điểm tư vấn, cơ sở điều trị methadone, Trung tâm Dịch vụ việc làm gần bạn.",
                PLACES_VI,
                null,
                null,
                null);
        page(
                admin,
                "khi-can-giup-do",
                50,
                "Khi bạn cần giúp đỡ",
                "Bấm nút \"Cần giúp đỡ\" trong ứng dụng, gọi người giúp đỡ hoặc cán bộ xã, phường.",
                HELP_VI,
                null,
                null,
                null);
    }

    private void page(
            Caller admin,
            String slug,
            int position,
            String titleVi,
            String summaryVi,
            String bodyVi,
            String titleEn,
            String summaryEn,
            String bodyEn) {
        String id = knowledge
                .create(
                        admin,
                        new CreateKnowledgePage(
                                null, slug, position, titleVi, summaryVi, bodyVi, titleEn, summaryEn, bodyEn))
                .id();
        knowledge.publish(admin, id);
    }

    /** Organisation-level entries only: the public pages never show the contact person. */
    private void placesOfHelp(String provinceId, List<UUID> communes, Caller admin) {
        UUID province = UUID.fromString(provinceId);
        providers.create(
                admin,
                new ProviderModels.CreateProvider(
                        null,
                        "Điểm tư vấn, hỗ trợ điều trị nghiện phường Tân Thịnh",
                        ProviderModels.ProviderType.COUNSELLING_POINT,
                        communes.get(0),
                        "Trạm Y tế phường Tân Thịnh, tổ 3",
                        "02083855111",
                        "Chị Nông Thị Thu",
                        "0912555333",
                        communes));
        providers.create(
                admin,
                new ProviderModels.CreateProvider(
                        null,
                        "Cơ sở điều trị Methadone thành phố Thái Nguyên",
                        ProviderModels.ProviderType.METHADONE_CLINIC,
                        communes.get(1),
                        "Tổ 12, phường Phú Xá",
                        "02083666111",
                        "Bác sĩ Hà Văn Lợi",
                        "0912555444",
                        communes));
        providers.create(
                admin,
                new ProviderModels.CreateProvider(
                        null,
                        "Trung tâm Dịch vụ việc làm tỉnh Thái Nguyên",
                        ProviderModels.ProviderType.EMPLOYMENT_SERVICE_CENTRE,
                        province,
                        "Phường Quang Trung",
                        "02083777111",
                        "Anh Dương Văn Hòa",
                        "0912555555",
                        List.of(province)));
    }

    private static final String MANAGEMENT_VI = """
            Sau khi cai nghiện xong, bạn về sống ở nơi cư trú của mình. Xã, phường nơi bạn ở sẽ quản lý \
            và giúp đỡ bạn trong một thời gian. Việc này gọi là **quản lý sau cai nghiện**.

            Mục đích là giúp bạn không tái nghiện, có việc làm và sống ổn định cùng gia đình. \
            Đây không phải là hình phạt.

            ## Kéo dài bao lâu?

            - **1 năm** nếu bạn đã cai nghiện tự nguyện xong.
            - **1 năm** nếu bạn đã điều trị bằng thuốc thay thế (methadone) xong.
            - **1 năm** nếu bạn từ đủ 12 đến dưới 18 tuổi và đã chấp hành xong quyết định cai nghiện bắt buộc.
            - **2 năm** nếu bạn từ đủ 18 tuổi và đã chấp hành xong quyết định cai nghiện bắt buộc.

            Thời gian được tính từ ngày bạn hoàn thành việc cai nghiện hoặc điều trị. \
            Cán bộ xã, phường sẽ cho bạn biết ngày bắt đầu và ngày kết thúc.

            ## Trong thời gian này có những việc gì?

            - Xã, phường ghi tên bạn vào danh sách người được quản lý sau cai nghiện.
            - Bạn được tư vấn, hỗ trợ để không tái nghiện.
            - Một **người giúp đỡ** thường xuyên hỏi thăm bạn. Người đó thường là hội viên Đoàn Thanh niên, \
            Hội Phụ nữ, Hội Cựu chiến binh hoặc Hội Nông dân ở nơi bạn sống.
            - Công an xã, phường theo dõi và nắm tình hình của bạn. Bạn có thể được mời đến trình diện.
            - Bạn có thể được hỗ trợ học nghề, vay vốn và tìm việc làm. Người dưới 18 tuổi được hỗ trợ đi học.

            ## Khi hết thời gian

            Nếu bạn không tái nghiện, khi hết thời gian quản lý, xã, phường cấp cho bạn \
            **giấy chứng nhận hoàn thành thời gian quản lý sau cai nghiện**. Tên bạn được đưa ra khỏi danh sách.

            Nếu tái nghiện trong thời gian này, bạn sẽ được xác định lại tình trạng nghiện. \
            Người từ đủ 18 tuổi có thể bị đưa đi cai nghiện bắt buộc. \
            Nếu bạn thấy mình sắp không giữ được, hãy nói sớm với người giúp đỡ: càng sớm càng dễ giúp.
            """;

    private static final String MANAGEMENT_EN = """
            After rehab you go back to live where you reside. Your commune or ward looks after you and \
            helps you for a time. This is called **post-rehab management**.

            Its purpose is to help you stay off drugs, find work and live well with your family. \
            It is not a punishment.

            ## How long does it last?

            - **1 year** after voluntary rehab.
            - **1 year** after substitution treatment (methadone).
            - **1 year** for a person aged 12 to 17 after compulsory rehab.
            - **2 years** for an adult after compulsory rehab.

            It counts from the day you completed rehab or treatment. Your commune officer tells you \
            when it starts and ends.

            ## What happens during this time?

            - The commune puts your name on its list of people under post-rehab management.
            - You get counselling and support against relapse.
            - A **mentor** keeps in touch with you, usually a member of the Youth Union, the Women's \
            Union, the Veterans' Association or the Farmers' Association where you live.
            - The commune police follow how you are doing. You may be asked to come to the office.
            - You can get help with vocational training, loans and finding a job. Young people get \
            help to stay in school.

            ## When it ends

            If you have not relapsed, the commune gives you a **certificate of completion** and takes \
            your name off the list. If you relapse, your addiction is assessed again, and an adult may \
            be sent to compulsory rehab. If you feel you are slipping, tell your mentor early.
            """;

    private static final String RIGHTS_VI = """
            ## Bạn được

            - Được tôn trọng và đối xử bình đẳng như mọi người.
            - Được tư vấn, hỗ trợ để không tái nghiện.
            - Được có người giúp đỡ đồng hành cùng bạn.
            - Được hỗ trợ học nghề, vay vốn, tìm việc làm. Người dưới 18 tuổi được hỗ trợ đi học.
            - Được biết ngày bắt đầu và ngày kết thúc thời gian quản lý.
            - Được cấp giấy chứng nhận khi hoàn thành thời gian quản lý.

            ## Thông tin của bạn

            Thông tin về việc cai nghiện của bạn là thông tin riêng tư, nhạy cảm. \
            Chỉ những người có trách nhiệm với bạn mới được xem.

            Theo Luật Bảo vệ dữ liệu cá nhân, bạn có quyền biết thông tin nào về mình đang được lưu, \
            xin xem lại và đề nghị sửa thông tin sai. Trong ứng dụng Đồng Hành, bạn xem được ai đã mở hồ sơ của mình.

            ## Bạn cần

            - Không sử dụng ma túy.
            - Chấp hành việc quản lý của xã, phường. Đến trình diện khi được mời.
            - Làm xét nghiệm khi được yêu cầu.
            - Tham gia tư vấn và các buổi gặp theo lịch hẹn.
            - Khi chuyển đến nơi ở mới, báo cho Công an xã, phường nơi mới **trong vòng 24 giờ**.

            Nếu không đến được buổi hẹn, hãy báo trước cho người giúp đỡ hoặc cán bộ xã, phường.
            """;

    private static final String FORMS_VI = """
            Có nhiều cách để cai nghiện. Cách nào phù hợp thì tùy từng người. \
            Bác sĩ, cán bộ tư vấn hoặc cán bộ xã, phường có thể giúp bạn chọn.

            ## Cai nghiện tự nguyện tại gia đình, cộng đồng

            Bạn ở nhà và cai nghiện với sự giúp đỡ của gia đình và của xã, phường. \
            Bạn đăng ký với xã, phường nơi bạn ở. Bạn được khám, tư vấn và theo dõi trong suốt thời gian cai.

            ## Cai nghiện tự nguyện tại cơ sở cai nghiện

            Bạn tự xin vào một cơ sở cai nghiện để được chăm sóc, điều trị và học nghề ở đó.

            ## Cai nghiện bắt buộc

            Người nghiện ma túy không tự nguyện cai, bỏ dở việc cai, hoặc tái nghiện, có thể phải vào \
            cơ sở cai nghiện bắt buộc. Việc này do Tòa án quyết định, với người từ đủ 12 tuổi trở lên.

            ## Điều trị bằng thuốc thay thế (methadone)

            Methadone là thuốc uống, dùng thay cho các chất gây nghiện như heroin. \
            Bạn uống thuốc **mỗi ngày** tại cơ sở điều trị hoặc điểm cấp phát thuốc, theo chỉ định của bác sĩ. \
            Bạn vẫn đi làm và sống cùng gia đình.

            Đừng bỏ uống thuốc. Nếu phải đi xa hoặc bị ốm, hãy báo sớm cho cơ sở điều trị.

            Xem [nơi hỗ trợ ở tỉnh của bạn](/kien-thuc/noi-ho-tro) để biết cơ sở gần nhất.
            """;

    private static final String PLACES_VI = """
            Ở mỗi tỉnh có những nơi giúp bạn:

            - **Điểm tư vấn, hỗ trợ điều trị nghiện**: nói chuyện với cán bộ tư vấn, được hướng dẫn cách cai \
            và cách phòng tái nghiện.
            - **Cơ sở điều trị methadone**: nơi bạn uống thuốc methadone hằng ngày.
            - **Trung tâm Dịch vụ việc làm**: giúp bạn tìm việc làm, học nghề.

            [Xem danh sách theo tỉnh](/kien-thuc/noi-ho-tro): tên, địa chỉ và số điện thoại của từng nơi.

            Nếu không biết nên đi đâu, hãy hỏi người giúp đỡ hoặc cán bộ xã, phường nơi bạn ở.
            """;

    private static final String HELP_VI = """
            Ai cũng có lúc khó khăn. Xin giúp đỡ sớm là việc nên làm.

            ## Trong ứng dụng Đồng Hành

            Bấm nút **"Cần giúp đỡ"** trên màn hình chính. Chọn việc bạn cần giúp: \
            đang rất thèm, đang gặp chuyện khẩn cấp, đang có mâu thuẫn, hoặc việc khác.

            Người giúp đỡ của bạn được báo ngay. Nếu họ chưa trả lời, cán bộ xã, phường sẽ được báo sau ít phút.

            Khi không có mạng, ứng dụng giữ lời nhắn và gửi khi có mạng lại. \
            Lúc đó hãy gọi điện cho người giúp đỡ.

            ## Gọi điện

            - Gọi người giúp đỡ của bạn. Số điện thoại có trong ứng dụng, mục "Người giúp đỡ của bạn".
            - Gọi hoặc đến gặp cán bộ xã, phường nơi bạn ở.
            - Gia đình bạn cũng có thể liên hệ cán bộ xã, phường để được hướng dẫn.

            ## Khi khẩn cấp

            - Gọi **113** (Công an).
            - Gọi **115** (Cấp cứu y tế).
            """;
}
