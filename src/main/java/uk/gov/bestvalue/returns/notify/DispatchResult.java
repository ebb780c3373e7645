package uk.gov.bestvalue.returns.notify;

/** What one round of the dispatcher did: messages delivered, attempts failed, given up, and still waiting. */
public record DispatchResult(int sent, int failed, int gaveUp, int waiting) {
}
