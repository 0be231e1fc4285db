package ai.mihu.sdk.testing;

/**
 * What the mock does for one operation of the contract, once the request has passed every check:
 * changes the tenant's agents as the reference describes and makes the answer. A handler throws
 * {@link ApiError} for an answer such as a 404, which leaves the agents unchanged.
 */
@FunctionalInterface
interface OperationHandler {

    /**
     * Applies the call.
     *
     * @param call the accepted request
     * @return the answer, and the agent the call created, if any
     * @throws ApiError for an error answer decided by the operation's rules
     */
    OperationResult handle(OperationCall call);
}
