/** The safety pages and API: incidents, their care track, and alerts (including the answer links of alert emails). */
@NullMarked
package org.shelfcare.safety.web;

import org.jspecify.annotations.NullMarked;
