package ai.mihu.spring.boot;

import ai.mihu.sdk.MihuClient;

/**
 * A bean that adjusts the auto-configured {@link MihuClient} before it is built, for settings
 * the {@code mihu.*} properties do not cover. Customizers run after the properties are applied,
 * in {@link org.springframework.core.Ordered} / {@code @Order} order, so they can override them.
 */
@FunctionalInterface
public interface MihuClientCustomizer {

    /**
     * Adjusts the builder of the client.
     *
     * @param builder the builder, with the properties already applied
     */
    void customize(MihuClient.Builder builder);
}
