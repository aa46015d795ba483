package vn.donghanh.delivery.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InternationalNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0912345678, 84912345678",
        "+84 912 345 678, 84912345678",
        "84912345678, 84912345678",
        "091.234.5678, 84912345678",
        "(028) 3822 1234, 842838221234",
        "+66 81 234 5678, 66812345678",
    })
    void spellingsOfAPhoneBecomeInternationalDigits(String phone, String international) {
        assertEquals(Optional.of(international), InternationalNumber.of(phone));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a phone", "12345", "+0912345678", "0912-ABC-678"})
    void anythingElseIsNotReachable(String phone) {
        assertEquals(Optional.empty(), InternationalNumber.of(phone));
    }
}
