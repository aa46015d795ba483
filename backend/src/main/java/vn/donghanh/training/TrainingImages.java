package vn.donghanh.training;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;
import java.util.Base64;
import vn.donghanh.common.ApiException;

/**
 * A lesson's picture is checked before it is stored: PNG or JPEG only (the declared type and the
 * bytes' own signature must agree, so a script renamed .png is refused), and no larger than
 * {@code donghanh.training.max-image-size} (300 kB by default: a cheap phone downloads the course
 * on mobile data, and the whole course travels in one JSON).
 */
@Singleton
class TrainingImages {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final long maxBytes;

    TrainingImages(@Value("${donghanh.training.max-image-size:300KB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The image's bytes, or a problem naming {@code field} ("lessons[0].image"). */
    byte[] check(String field, TrainingModels.ImageBody image) {
        String type = image.contentType().strip();
        if (!type.equals("image/png") && !type.equals("image/jpeg")) {
            throw ApiException.badField(field + ".contentType", "must be image/png or image/jpeg");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(image.data());
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(field + ".data", "is not valid base64");
        }
        if (bytes.length > maxBytes) {
            throw ApiException.badField(field + ".data", "is larger than the " + (maxBytes / 1024) + " kB limit");
        }
        byte[] signature = type.equals("image/png") ? PNG : JPEG;
        if (!startsWith(bytes, signature)) {
            throw ApiException.badField(field + ".data", "is not an image of type " + type);
        }
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
