package org.shelfcare.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a way into every module that exists and that the library has switched on. */
@Controller
class HomeController {

    static final String HOME = "/";

    @GetMapping(HOME)
    String home() {
        return "web/home";
    }
}
