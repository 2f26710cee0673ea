package org.shelfcare.training.web;

import java.util.UUID;

/** The training page routes, shared by the controllers and the templates. */
public final class TrainingRoutes {

    public static final String HOME = "/training";
    public static final String RECORD = "/training/record";
    public static final String CATALOG = "/training/catalog";
    public static final String NEW_ITEM = "/training/catalog/new";
    public static final String REQUIREMENTS = "/training/requirements";
    public static final String REVIEW = "/training/review";
    public static final String COMPLIANCE = "/training/compliance";
    public static final String COMPLIANCE_CSV = "/training/compliance.csv";
    public static final String RECORD_FOR = "/training/record-for";
    public static final String RECORD_FOR_PREVIEW = "/training/record-for/preview";
    static final String ITEM = "/training/catalog/{id}";
    static final String RETIRE = ITEM + "/retire";
    static final String RESTORE = ITEM + "/restore";
    static final String REQUIREMENT_REMOVE = "/training/requirements/{id}/remove";
    static final String CERTIFICATE = "/training/completions/{id}/certificate";
    static final String CERTIFICATE_FORM = "/training/completions/{id}/certificate/upload";
    static final String VERIFY = "/training/completions/{id}/verify";
    static final String REJECT = "/training/completions/{id}/reject";

    private TrainingRoutes() {}

    public static String record(UUID itemId) {
        return RECORD + "?item=" + itemId;
    }

    public static String item(UUID id) {
        return CATALOG + "/" + id;
    }

    public static String retire(UUID id) {
        return item(id) + "/retire";
    }

    public static String restore(UUID id) {
        return item(id) + "/restore";
    }

    public static String removeRequirement(UUID id) {
        return REQUIREMENTS + "/" + id + "/remove";
    }

    public static String certificate(UUID completionId) {
        return "/training/completions/" + completionId + "/certificate";
    }

    /** The page where people add or replace the certificate of one of their own completions. */
    public static String certificateForm(UUID completionId) {
        return certificate(completionId) + "/upload";
    }

    public static String verify(UUID completionId) {
        return "/training/completions/" + completionId + "/verify";
    }

    public static String reject(UUID completionId) {
        return "/training/completions/" + completionId + "/reject";
    }
}
