package org.shelfcare.support;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.SampleLibrary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of the sample library's content share: an operator, who loads the sample, and
 * no sample left from another test before or after, since an instance holds one sample at a time.
 * Subclasses carry {@code @IntegrationTest}.
 */
public abstract class SampleLibraryTest {

    @Autowired protected Fixtures fixtures;
    @Autowired protected SampleLibrary sample;

    protected CurrentUser operator;

    @BeforeEach
    void noSampleBefore() {
        String name = getClass().getSimpleName();
        operator = fixtures.library(name + " Operator Home").operator(name + " Operator");
        sample.current().ifPresent(leftOver -> sample.delete(operator));
    }

    @AfterEach
    void noSampleLeftBehind() {
        sample.current().ifPresent(leftOver -> sample.delete(operator));
    }

    /** Loads the sample library and answers its id. */
    protected UUID loadSample() {
        return sample.load(operator, null).details().organizationId();
    }
}
