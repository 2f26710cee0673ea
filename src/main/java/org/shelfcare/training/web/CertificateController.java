package org.shelfcare.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.training.Completion;
import org.shelfcare.training.CompletionStatus;
import org.shelfcare.training.TrainingManagement;
import org.shelfcare.training.TrainingRecords;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where people add or replace the certificate of one of their own completions, reached
 * from "My training". The same rules as in the API: the type read from the file's first bytes, at
 * most 2 MB (a larger file is shown as an error of the form, with status 413), and a completion a
 * lead already verified or rejected goes back to the leads. Someone else's completion answers 404.
 */
@Controller
class CertificateController {

    private final TrainingManagement training;
    private final TrainingRecords records;
    private final MessageSource messages;

    CertificateController(TrainingManagement training, TrainingRecords records, MessageSource messages) {
        this.training = training;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping(TrainingRoutes.CERTIFICATE_FORM)
    String form(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        return page(own(user, id), FormErrors.NONE, model, response);
    }

    @PostMapping(TrainingRoutes.CERTIFICATE_FORM)
    String upload(CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "certificate", required = false) @Nullable MultipartFile file, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Completion completion = own(user, id);
        try {
            records.attachCertificate(user, id, Certificates.upload(file));
        } catch (InvalidInput invalid) {
            return page(completion, FormErrors.of(invalid, messages, locale), model, response);
        } catch (ErrorResponseException tooLarge) {
            if (tooLarge.getStatusCode().value() != HttpStatus.CONTENT_TOO_LARGE.value()) {
                throw tooLarge;
            }
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return page(completion, FormErrors.form("certificate", messages.getMessage(
                    String.valueOf(tooLarge.getDetailMessageCode()), tooLarge.getDetailMessageArguments(), locale)),
                    model, response);
        }
        Flash.notice(redirect, messages.getMessage(completion.status() == CompletionStatus.PENDING
                ? "training.certificateForm.saved" : "training.certificateForm.savedBackToLeads", null, locale));
        return "redirect:" + TrainingRoutes.HOME + "#completions";
    }

    /** One of the person's own completions; anyone else's answers 404, as if it did not exist. */
    private Completion own(CurrentUser user, UUID id) {
        Completion completion = training.completion(user, id);
        if (!completion.personId().equals(user.personId())) {
            throw Problems.notFound();
        }
        return completion;
    }

    private static String page(Completion completion, FormErrors errors, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("completion", completion);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", TrainingManagement.CERTIFICATE_MAX_BYTES / (1024 * 1024));
        return "training/certificate";
    }
}
