package dev.dstorekit.conformance.pos;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.DefaultConstraintValidators;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Bean Validation's {@code @Size} on the generated models counts {@code String.length()}, UTF-16 units, so it refuses
 * a valid string of 255 emoji (510 units) as longer than 255. The in-test POS counts code points, as the spec's JSON
 * Schema does; without this bean (flaw {@link Flaw#LENGTH_IN_UTF16_UNITS}) Micronaut's own check applies.
 */
@Singleton
@Replaces(DefaultConstraintValidators.class)
@Requires(property = CodePointSizeValidators.ENABLED, value = "true")
class CodePointSizeValidators extends DefaultConstraintValidators {

    static final String ENABLED = TestPosConfig.PREFIX + ".size-in-code-points";

    private static final ConstraintValidator<Size, CharSequence> CODE_POINTS = (value, annotation, context) -> {
        if (value == null) {
            return true;
        }
        int length = Character.codePointCount(value, 0, value.length());
        return length >= annotation.intValue("min").orElse(0) && length <= annotation.intValue("max").orElse(Integer.MAX_VALUE);
    };

    @Inject
    CodePointSizeValidators(BeanContext beanContext) {
        super(beanContext);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends Annotation, T> Optional<ConstraintValidator<A, T>> findConstraintValidator(Class<A> constraint,
                                                                                               Class<T> target) {
        if (constraint == Size.class && CharSequence.class.isAssignableFrom(target)) {
            return Optional.of((ConstraintValidator<A, T>) (ConstraintValidator<?, ?>) CODE_POINTS);
        }
        return super.findConstraintValidator(constraint, target);
    }
}
