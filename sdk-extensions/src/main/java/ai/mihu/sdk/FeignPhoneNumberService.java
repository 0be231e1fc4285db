package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignPhoneNumberTrunkRequest;
import ai.mihu.sdk.model.PhoneNumberChannels;

/** {@link PhoneNumberService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignPhoneNumberService implements PhoneNumberService {

    private final CallPath calls;

    FeignPhoneNumberService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public PhoneNumberChannels assignTrunk(AssignPhoneNumberTrunkRequest request) {
        return calls.data(
                Operations.ASSIGN_PHONE_NUMBER_TRUNK,
                request,
                api -> api.phoneNumbers().assignPhoneNumberTrunkWithHttpInfo(request));
    }

    @Override
    public MihuResponse<PhoneNumberChannels> assignTrunkWithResponse(AssignPhoneNumberTrunkRequest request) {
        return calls.withResponse(
                Operations.ASSIGN_PHONE_NUMBER_TRUNK,
                request,
                api -> api.phoneNumbers().assignPhoneNumberTrunkWithHttpInfo(request));
    }

    @Override
    public String toString() {
        return "PhoneNumberService";
    }
}
