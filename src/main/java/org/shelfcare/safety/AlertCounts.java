package org.shelfcare.safety;

/**
 * How the people alerted have answered. Operational data that the lead sees person by person, so
 * never held back for small numbers.
 */
public record AlertCounts(int safe, int needHelp, int noResponse) {

    public int total() {
        return safe + needHelp + noResponse;
    }
}
