/** The time-off pages and API. */
@NullMarked
package org.shelfcare.timeoff.web;

import org.jspecify.annotations.NullMarked;
