package dk.servicelevel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each architecture rule fails on a small code base that breaks it on purpose, and passes where it holds. */
class ArchitectureRulesTest {

    private static final String FIXTURE = "dk.servicelevel.local.architecture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final ArchitectureRules SHOP = new ArchitectureRules(FIXTURE + ".shop", List.of(FIXTURE + ".bank"));
    private static final ArchitectureRules BANK = new ArchitectureRules(FIXTURE + ".bank", List.of(FIXTURE + ".shop"));

    @Test
    void aServiceUsingAnotherServicesCodeFailsNamingTheClasses() {
        EvaluationResult result = SHOP.usesNoOtherService().evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains("shop.order.Order") && detail.contains("bank.Account"));
        assertThat(BANK.usesNoOtherService().evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void twoFeaturesUsingEachOtherFail() {
        EvaluationResult result = SHOP.featuresWithoutLoops().evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Slice order", "Slice invoice");
    }

    @Test
    void aRuleClassUsingAFrameworkFailsAndAPlainOnePasses() {
        EvaluationResult framework = SHOP.plainJava("pricing.Price").evaluate(CLASSES);

        assertThat(framework.hasViolation()).isTrue();
        assertThat(framework.getFailureReport().getDetails()).anyMatch(detail -> detail.contains("com.fasterxml.jackson"));
        assertThat(SHOP.plainJava("pricing.Discount").evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void aQueryOutsideARepositoryFailsUnlessItsClassIsNamedAsAStore() {
        EvaluationResult result = SHOP.queriesInRepositories().evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("shop.invoice.InvoiceTotals.totals", "java.sql.Connection.prepareStatement");
        assertThat(SHOP.queriesInRepositories("invoice.InvoiceTotals").evaluate(CLASSES).hasViolation()).isFalse();
    }

    @Test
    void aServiceAnsweringInTheApisRecordsFailsWhileItsResourceMayUseThem() {
        EvaluationResult result = SHOP.apiRecordsAtTheEdge().evaluate(CLASSES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allMatch(detail -> detail.contains("shop.order.OrderDesk") && detail.contains("OrderResponse"));
        assertThat(SHOP.apiRecordsAtTheEdge("order.OrderDesk").evaluate(CLASSES).hasViolation()).isFalse();
    }
}
