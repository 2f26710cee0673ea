package org.shelfcare.programs;

/** Who a program is for: staff, patrons (on the library's public page) or both. */
public enum ProgramAudience {
    STAFF,
    PATRONS,
    BOTH;

    public boolean staff() {
        return this != PATRONS;
    }

    public boolean patrons() {
        return this != STAFF;
    }
}
