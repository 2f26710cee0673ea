package org.shelfcare.programs;

/** A draft is seen only by those who manage the program; a published program by its audience. */
public enum ProgramStatus {
    DRAFT,
    PUBLISHED
}
