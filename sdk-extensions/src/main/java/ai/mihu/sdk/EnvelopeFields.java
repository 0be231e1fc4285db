package ai.mihu.sdk;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code success} and {@code data} of an envelope model already mapped from a body, so
 * that {@link EnvelopeDecoder} can map a body once and check it afterwards; only a body that
 * fails that check is read a second time, for {@link EnvelopeShape}'s exact diagnosis.
 *
 * <p>The getters are found once per envelope type through Jackson's own view of the model (the
 * JSON names {@code success} and {@code data}), so no generated class is named here.
 */
final class EnvelopeFields {

    private final @Nullable AnnotatedMember success;
    private final AnnotatedMember data;

    private EnvelopeFields(@Nullable AnnotatedMember success, AnnotatedMember data) {
        this.success = success;
        this.data = data;
    }

    /** The fields of an envelope type, or {@code null} when it has no {@code data} to check. */
    static @Nullable EnvelopeFields of(ObjectMapper mapper, Type type) {
        BeanDescription bean = mapper.getSerializationConfig().introspect(mapper.constructType(type));
        @Nullable AnnotatedMember success = null;
        @Nullable AnnotatedMember data = null;
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if ("success".equals(property.getName())) {
                success = property.getAccessor();
            } else if ("data".equals(property.getName())) {
                data = property.getAccessor();
            }
        }
        if (data == null) {
            return null;
        }
        return new EnvelopeFields(success == null ? null : withoutAccessChecks(success), withoutAccessChecks(data));
    }

    // Method.invoke re-checks a public getter's access whenever its caller or target class changed
    // since the last call (see JsonPaths.skipAccessChecks in the validation package): lifted once.
    private static AnnotatedMember withoutAccessChecks(AnnotatedMember getter) {
        try {
            getter.fixAccess(true);
        } catch (RuntimeException e) {
            // Kept as it is: correct, with the check.
        }
        return getter;
    }

    /**
     * Whether a mapped envelope can be used as it is: it has a {@code data}, and its
     * {@code success} is not false (absent counts as true, as in {@link EnvelopeDecoder}).
     */
    boolean usable(@Nullable Object envelope) {
        return envelope != null
                && data.getValue(envelope) != null
                && (success == null || !Boolean.FALSE.equals(success.getValue(envelope)));
    }
}
