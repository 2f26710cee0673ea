/** The safety pages and API. */
@NullMarked
package org.shelfcare.safety.web;

import org.jspecify.annotations.NullMarked;
