package org.shelfcare.programs;

/** What kind of program it is; the API's codes. */
public enum ProgramCategory {
    GUIDED_MEDITATION,
    POETRY_CLUB,
    JOURNALING,
    PET_THERAPY,
    GATHERING,
    WORKSHOP,
    OTHER
}
