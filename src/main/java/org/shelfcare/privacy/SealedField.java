package org.shelfcare.privacy;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a sealed text lives: table, column and row. The ciphertext is bound to it, so a sealed
 * value copied into another row or column cannot be opened there.
 */
public record SealedField(String table, String column, UUID rowId) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public SealedField {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("table and column are lower-case SQL names: " + table + "." + column);
        }
    }

    public static SealedField of(String table, String column, UUID rowId) {
        return new SealedField(table, column, rowId);
    }
}
