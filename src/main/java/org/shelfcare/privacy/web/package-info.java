/** The audit log's page and API. */
@NullMarked
package org.shelfcare.privacy.web;

import org.jspecify.annotations.NullMarked;
