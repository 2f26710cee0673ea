/** The check-in pages and API. */
@NullMarked
package org.shelfcare.wellbeing.web;

import org.jspecify.annotations.NullMarked;
