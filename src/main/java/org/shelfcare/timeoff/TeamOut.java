package org.shelfcare.timeoff;

import java.time.LocalDate;

/** A teammate who is out on some of the days asked for: a name and dates, never why. */
public record TeamOut(String name, LocalDate startDate, LocalDate endDate) {}
