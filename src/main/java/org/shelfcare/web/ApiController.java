package org.shelfcare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON controller under {@code /api/v1}: its errors are problem details, never pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface ApiController {

    /** The path under which the controller's endpoints live, e.g. {@code /api/v1/people}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
