package org.shelfcare.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or bad master key into a short start-up failure report instead of a stack trace. */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MasterKeyUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), "Set " + MasterKeyLoader.ENV_KEY + " (or "
                + MasterKeyLoader.ENV_FILE + ") and start ShelfCare again.", cause);
    }
}
