// A consumer that reaches for the generated internals: it must not compile.
module com.example.sneaky {
    requires ai.mihu.sdk;
}
