package ai.mihu.sdk.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.ElementType;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells Hibernate Validator not to cascade into a property whose value, whatever it holds, has no
 * constraint to check: an enum value class ({@code status}, {@code thenAction}), a {@code UUID},
 * or a nested model (or list of them) without constraints at any depth, such as a guard rule.
 *
 * <p>The generated models mark every nested model {@code @Valid}, enum value classes included, and
 * the validator then builds a path node, a value context and a processed-bean record for each such
 * value on every call only to find nothing there (a quarter of what validating a full create
 * request allocated). Which properties are worth a cascade is worked out once per model class, from
 * the validator's own metadata ({@link Validator#getConstraintsForClass}), so that no constraint can
 * be skipped: a property is left out only when the validator itself reports nothing to check
 * beneath it. Anything that may hold other values (a map, an interface) or is not understood (a
 * name that is not a bean property) is cascaded as before. Enum values and list items are still checked by {@link RequestValidator}'s own
 * walk.
 */
final class CascadeOnlyIntoConstrained implements TraversableResolver {

    private final ClassValue<Set<String>> uselessCascades = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return uselessCascadesOf(type);
        }
    };
    private volatile @Nullable Validator metadata;

    /** Gives the validator whose metadata decides; called once, before any validation. */
    void useMetadataOf(Validator validator) {
        this.metadata = validator;
    }

    private Validator metadata() {
        Validator validator = metadata;
        if (validator == null) {
            throw new IllegalStateException("useMetadataOf(validator) must be called before validating");
        }
        return validator;
    }

    @Override
    public boolean isReachable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
        return traversableObject == null
                || traversableProperty.getName() == null
                || !uselessCascades.get(traversableObject.getClass()).contains(traversableProperty.getName());
    }

    /** The cascaded properties of {@code type} beneath which the validator has nothing to check. */
    private Set<String> uselessCascadesOf(Class<?> type) {
        Set<String> useless = new HashSet<>();
        for (PropertyDescriptor property :
                metadata().getConstraintsForClass(type).getConstrainedProperties()) {
            boolean cascaded = property.isCascaded();
            boolean worthIt = cascaded && mayHoldConstraints(property.getElementClass(), new HashSet<>());
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                cascaded |= element.isCascaded();
                worthIt |= element.hasConstraints()
                        || !element.getConstrainedContainerElementTypes().isEmpty()
                        || (element.isCascaded() && mayHoldConstraints(element.getElementClass(), new HashSet<>()));
            }
            if (cascaded && !worthIt) {
                useless.add(property.getPropertyName());
            }
        }
        return Set.copyOf(useless);
    }

    /**
     * Whether a value of {@code type} may break a constraint: true for what may hold anything (an
     * interface, {@code Object}, an array, a collection, map or optional, whose items a cascade
     * reaches), else whether its class, a property or anything it cascades into has a constraint,
     * as the validator's metadata says (nothing, for a JDK value class such as {@code UUID}).
     */
    private boolean mayHoldConstraints(Class<?> type, Set<Class<?>> seen) {
        if (type == null
                || type == Object.class
                || type.isInterface()
                || type.isArray()
                || Iterable.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || Optional.class.isAssignableFrom(type)) {
            return true;
        }
        if (!seen.add(type)) {
            // Already being looked at higher up: what it holds is counted there.
            return false;
        }
        BeanDescriptor bean = metadata().getConstraintsForClass(type);
        if (bean.hasConstraints()) {
            return true;
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (property.hasConstraints()
                    || (property.isCascaded() && mayHoldConstraints(property.getElementClass(), seen))) {
                return true;
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.hasConstraints()
                        || !element.getConstrainedContainerElementTypes().isEmpty()
                        || (element.isCascaded() && mayHoldConstraints(element.getElementClass(), seen))) {
                    return true;
                }
            }
        }
        return false;
    }
}
