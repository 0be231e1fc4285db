/**
 * The client generated from the Mihu OpenAPI spec. Applications see only its models: the Feign
 * interface and invoker in {@code ai.mihu.sdk.internal.*} are exported to the SDK module alone,
 * so code on the module path cannot compile against them. (Written by hand; the code it describes
 * is generated under target/.)
 */
module ai.mihu.sdk.generated {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires transitive jakarta.annotation;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires feign.core;
    requires feign.jackson;
    requires feign.okhttp;
    requires feign.slf4j;
    // The generated ApiClient compiles against feign-form, which has no stable module name; the SDK
    // never loads ApiClient, so nothing needs feign-form at run time on the module path.
    requires static feign.form;
    requires java.logging;

    exports ai.mihu.sdk.model;
    exports ai.mihu.sdk.internal.api to
            ai.mihu.sdk;
    exports ai.mihu.sdk.internal.invoker to
            ai.mihu.sdk;
    exports ai.mihu.sdk.internal.invoker.auth to
            ai.mihu.sdk;
    exports ai.mihu.sdk.internal.async to
            ai.mihu.sdk;

    // Jackson binds and Hibernate Validator checks the models' private fields.
    opens ai.mihu.sdk.model to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
}
