package dev.onboardkit.spring.sample;

import dev.onboardkit.didit.DiditAuthClient;
import dev.onboardkit.didit.applications.DiditApplication;
import dev.onboardkit.didit.applications.DiditCreateApplicationRequest;
import dev.onboardkit.klara.KlaraClient;
import dev.onboardkit.klara.applications.KlaraCreateApplicationRequest;
import dev.onboardkit.klara.applications.KlaraCreateApplicationResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Opens a KYB application at Klara and an identity-verification application at Didit for a new customer. */
@Service
public class CustomerOnboarding {
  private final KlaraClient klara;
  private final DiditAuthClient didit;
  private final String klaraConfigId;

  /**
   * Creates the service from the starter's beans.
   *
   * @param klara the Klara client bean
   * @param didit the Didit Auth client bean
   * @param klaraConfigId the Klara onboarding configuration to use
   */
  public CustomerOnboarding(KlaraClient klara, DiditAuthClient didit,
      @Value("${sample.klara-config-id}") String klaraConfigId) {
    this.klara = klara;
    this.didit = didit;
    this.klaraConfigId = klaraConfigId;
  }

  /**
   * Onboards a customer.
   *
   * @param company the company's name
   * @param companyNumber its number in the UK companies register
   * @param contactEmail the primary contact's email
   * @return the Klara application id and the Didit application
   */
  public Onboarded onboard(String company, String companyNumber, String contactEmail) {
    KlaraCreateApplicationResponse kyb = klara.applications().create(KlaraCreateApplicationRequest.builder()
        .configId(klaraConfigId)
        .primaryContact("Sophie Mitchell", contactEmail, "CEO")
        .companyName(company)
        .companyNumber(companyNumber)
        .country("GB")
        .build());
    String orgId = didit.organizations().list().get(0).uuid();
    DiditApplication verification = didit.applications(orgId)
        .create(DiditCreateApplicationRequest.builder().name(company).build());
    return new Onboarded(kyb.applicationId(), orgId, verification);
  }

  /**
   * What {@link #onboard} created.
   *
   * @param klaraApplicationId the Klara application
   * @param diditOrganizationId the Didit organization the verification application belongs to
   * @param diditApplication the Didit application
   */
  public record Onboarded(String klaraApplicationId, String diditOrganizationId, DiditApplication diditApplication) {}
}
