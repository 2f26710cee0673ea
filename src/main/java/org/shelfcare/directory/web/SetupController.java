package org.shelfcare.directory.web;

import java.util.Locale;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first-run wizard: name the library, its branches and departments, and create the first admin. */
@Controller
class SetupController {

    static final String SETUP = "/setup";

    private final DirectoryManagement directory;
    private final MessageSource messages;

    SetupController(DirectoryManagement directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(SETUP)
    String form(Model model) {
        if (directory.isSetUp()) {
            return "redirect:/";
        }
        return render(model, new SetupForm(), FormErrors.NONE);
    }

    @PostMapping(SETUP)
    String submit(@ModelAttribute("form") SetupForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            directory.setUp(new DirectoryManagement.Setup(form.getOrganizationName(), form.getAdminName(),
                    form.getAdminEmail(), form.getAdminPassword(), SetupForm.lines(form.getBranches()),
                    SetupForm.lines(form.getDepartments()), form.getSetupToken()));
        } catch (InvalidInput invalid) {
            return render(model, form, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() == 409 && directory.isSetUp() && "setup.done".equals(problem.getDetailMessageCode())) {
                return "redirect:/";
            }
            String field = problem.getStatusCode().value() == 403 ? "setupToken" : "adminEmail";
            return render(model, form, FormErrors.form(field,
                    messages.getMessage(String.valueOf(problem.getDetailMessageCode()), null, locale)));
        }
        Flash.notice(redirect, messages.getMessage("setup.done.notice", null, locale));
        return "redirect:/login";
    }

    private String render(Model model, SetupForm form, FormErrors errors) {
        form.setAdminPassword("");
        form.setSetupToken("");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tokenRequired", directory.setupTokenRequired());
        return "directory/setup";
    }
}
