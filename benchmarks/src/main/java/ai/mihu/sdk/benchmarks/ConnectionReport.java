package ai.mihu.sdk.benchmarks;

/** Prints, at the end of a throughput trial, how many connections served how many calls. */
final class ConnectionReport {

  private ConnectionReport() {}

  static void print(String client, CannedAgentServer server) {
    // JMH shows a trial's stdout in its log, beside the score.
    System.out.printf("%n[%s] server saw %d connections for %d calls%n",
        client, server.connectionsOpened(), server.requests());
  }
}
