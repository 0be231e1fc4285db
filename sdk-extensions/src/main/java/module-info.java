/**
 * The Mihu SDK: {@link ai.mihu.sdk.MihuClient}, request builders, typed errors, enum helpers and
 * validation. Reading this module gives the generated models too; Feign, OkHttp and the generated
 * invoker stay implementation details that are not exported.
 */
module ai.mihu.sdk {
    requires transitive ai.mihu.sdk.generated;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires feign.core;
    requires feign.jackson;
    requires feign.okhttp;
    requires okhttp3;
    requires okio;
    // OkHttp is an automatic module and cannot declare that it needs the Kotlin standard library,
    // an explicit module that would otherwise not be resolved on the module path.
    requires kotlin.stdlib;
    requires org.hibernate.validator;
    requires org.slf4j;
    // Only MicrometerCallObserver uses it, when an application that has it asks for metrics.
    requires static micrometer.core;
    // Nullness annotations are read by compilers and tools, never at run time: a modular
    // application need not resolve JSpecify, and one whose tools read them requires it itself.
    requires static org.jspecify;

    exports ai.mihu.sdk;
    exports ai.mihu.sdk.builders;
    exports ai.mihu.sdk.enums;
    exports ai.mihu.sdk.errors;
    exports ai.mihu.sdk.validation;

    // Jackson reads the error envelope and the response wrappers declared in the SDK's own package.
    opens ai.mihu.sdk to
            com.fasterxml.jackson.databind;
}
