// A consumer application on the module path: it reads the SDK and nothing else.
module com.example.modular {
    requires ai.mihu.sdk;
}
