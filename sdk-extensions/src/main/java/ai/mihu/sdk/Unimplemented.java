package ai.mihu.sdk;

/**
 * What the default methods of the service interfaces throw: an implementation written before an
 * operation was added to the SDK (a test double, typically) keeps compiling, and a call of the
 * operation it does not implement fails loudly, naming the method and the implementing class,
 * instead of doing something quietly. The SDK's own services override every method.
 */
final class Unimplemented {

    private Unimplemented() {}

    static UnsupportedOperationException method(Object service, String method) {
        return new UnsupportedOperationException(service.getClass().getName() + " does not implement " + method
                + "(); the SDK's own service does, and a substitute must override it to be called");
    }
}
