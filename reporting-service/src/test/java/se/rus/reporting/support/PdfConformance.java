package se.rus.reporting.support;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * veraPDF's verdict on a PDF: the machine-checkable rules of PDF/UA-1 (ISO 14289-1) and of PDF/A-2b
 * (ISO 19005-2, level B), each from veraPDF's own validation profile; no rule left out.
 */
public final class PdfConformance {

    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_B);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** Fails naming every failed rule (clause, test number, what it checks, where) of either profile. */
    public static void assertConformant(byte[] pdf) {
        for (PDFAFlavour flavour : FLAVOURS) {
            ValidationResult result = validate(pdf, flavour);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED).toList();
            String failures = failed.stream()
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().limit(40).collect(Collectors.joining("\n"));
            System.out.printf("veraPDF %s: %d rules in the profile, %d checks, %d failed%n", flavour,
                    result.getValidationProfile().getRules().size(), result.getTotalAssertions(), failed.size());
            assertEquals(0, failed.size(), flavour + " rules failed:\n" + failures);
            assertTrue(result.isCompliant(), flavour + " not compliant");
        }
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            // logging failed checks only, with no cap on how many
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF as " + flavour, e);
        }
    }
}
