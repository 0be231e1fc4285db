package ai.mihu.sdk.contracts.consumer;

/**
 * The fixed identifiers the interactions of the agent operations name, in their paths and bodies,
 * and that the provider states set up: a provider must have (or must not have) exactly these.
 */
public final class TenantFixture {

    /** The agent every operation on an existing agent names. */
    public static final String AGENT_UUID = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b";
    /** Its name. */
    public static final String AGENT_NAME = "Volvo Cagliari Service Agent";
    /** An agent the tenant does not have. */
    public static final String UNKNOWN_AGENT_UUID = "0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a";
    /** The agent's procedure. */
    public static final String PROCEDURE_UUID = "2a9e3dbc-5b4f-4c7d-8e8f-1a2b3c4d5e6f";
    /** The agent's training example. */
    public static final String TRAINING_UUID = "3b0f4ecd-6c5a-4d8e-9f90-2b3c4d5e6f70";
    /** The agent's guard rule. */
    public static final String GUARD_RULE_UUID = "6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3";
    /** The agent's routing rule. */
    public static final String ROUTING_RULE_UUID = "5d2b60ef-8e7c-4fa0-9b12-4d5e6f708192";
    /** The agent's intent. */
    public static final String INTENT_UUID = "8f4d8201-a09e-4bc2-9d34-6f708192a3b4";
    /** The agent's webhook. */
    public static final String WEBHOOK_UUID = "4c1a5fde-7d6b-4e9f-8a01-3c4d5e6f7081";
    /** A phone number of the tenant, for the call channel. */
    public static final String PHONE_NUMBER_UUID = "9b6fa423-c2b0-4de4-9f56-8192a3b4c5d6";
    /** A SIP trunk connection of the tenant. */
    public static final String CONNECTION_UUID = "8a5e9312-b1af-4cd3-8e45-708192a3b4c5";
    /** The number of the tenant's external trunk. */
    public static final String TRUNK_NUMBER = "+12345678901";
    /** A schedule of the tenant. */
    public static final String SCHEDULE_UUID = "1c7e5a3b-9d2f-4e8a-b6c4-2d0f8e6a4c2b";
    /** A schedule the tenant does not have. */
    public static final String UNKNOWN_SCHEDULE_UUID = "f0e1d2c3-b4a5-4968-8776-655443322110";

    private TenantFixture() {}
}
