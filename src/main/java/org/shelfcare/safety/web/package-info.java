/** The alert pages (including the answer links of alert emails) and API. */
@NullMarked
package org.shelfcare.safety.web;

import org.jspecify.annotations.NullMarked;
