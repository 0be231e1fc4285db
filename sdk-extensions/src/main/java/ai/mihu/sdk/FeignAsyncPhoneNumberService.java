package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignPhoneNumberTrunkRequest;
import ai.mihu.sdk.model.PhoneNumberChannels;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncPhoneNumberService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncPhoneNumberService implements AsyncPhoneNumberService {

    private final CallPath calls;

    FeignAsyncPhoneNumberService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<PhoneNumberChannels> assignTrunk(AssignPhoneNumberTrunkRequest request) {
        return calls.dataAsync(
                Operations.ASSIGN_PHONE_NUMBER_TRUNK,
                request,
                api -> api.phoneNumbers().assignPhoneNumberTrunkWithHttpInfo(request));
    }

    @Override
    public CompletableFuture<MihuResponse<PhoneNumberChannels>> assignTrunkWithResponse(
            AssignPhoneNumberTrunkRequest request) {
        return calls.withResponseAsync(
                Operations.ASSIGN_PHONE_NUMBER_TRUNK,
                request,
                api -> api.phoneNumbers().assignPhoneNumberTrunkWithHttpInfo(request));
    }

    @Override
    public String toString() {
        return "AsyncPhoneNumberService";
    }
}
