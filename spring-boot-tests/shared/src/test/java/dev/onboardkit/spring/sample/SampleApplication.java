package dev.onboardkit.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small onboarding service using both clients from the starter, as an integrator would write it. */
@SpringBootApplication
public class SampleApplication {
  /**
   * Runs the application.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
