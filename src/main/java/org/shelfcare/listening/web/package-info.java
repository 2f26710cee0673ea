/** The listening pages and API. */
@NullMarked
package org.shelfcare.listening.web;

import org.jspecify.annotations.NullMarked;
