package com.example.sneaky;

import ai.mihu.sdk.internal.api.AgentsApi;
import ai.mihu.sdk.internal.invoker.ApiClient;

public final class UsesInternals {

    private UsesInternals() {
    }

    public static AgentsApi api() {
        return new ApiClient().buildClient(AgentsApi.class);
    }
}
