package org.shelfcare.training;

/** Who a requirement applies to: everyone, a role, a job title (as written in the directory, any case) or a department. */
public enum Audience {
    EVERYONE, ROLE, JOB_TITLE, DEPARTMENT
}
