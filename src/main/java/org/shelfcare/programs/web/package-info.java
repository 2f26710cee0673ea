/** The programs pages and API. */
@NullMarked
package org.shelfcare.programs.web;

import org.jspecify.annotations.NullMarked;
