package dev.onboardkit.didit.customization;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.core.internal.Problems;
import dev.onboardkit.didit.internal.WireFields;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code PATCH /customization/}: colors, font, corner radii and options of the verification flow's
 * white-label branding. Only the members set are changed. Logos are uploaded with {@link DiditBrandingImages}
 * instead; custom domains and white-label email are managed in the Business Console.
 *
 * <pre>{@code
 * DiditCustomizationUpdate update = DiditCustomizationUpdate.builder()
 *     .colorPrimary("#123456")
 *     .fontFamily("AR One Sans")
 *     .skipWelcomeScreen(true)
 *     .build();
 * }</pre>
 */
public final class DiditCustomizationUpdate {
  private static final List<String> COLORS = List.of("color_primary", "color_secondary", "color_background",
      "color_panel", "color_panel_10", "color_on_panel_1", "color_on_panel_2", "color_on_background",
      "color_button_1", "color_button_2", "color_button_text_1", "color_button_text_2", "color_pill_text");

  private final Map<String, Object> fields;

  private DiditCustomizationUpdate(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the JSON members that will be sent, keyed by wire name in the order they were set.
   *
   * @return the members; unmodifiable
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns whether a member is sent.
   *
   * @param wireName the wire name, such as {@code "color_primary"}
   * @return true if the member is part of the request
   */
  public boolean isSet(@Nullable String wireName) {
    return wireName != null && fields.containsKey(wireName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiditCustomizationUpdate && fields.equals(((DiditCustomizationUpdate) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Returns the members set. */
  @Override
  public String toString() {
    return WireFields.describe("DiditCustomizationUpdate", fields);
  }

  /** Returns whether {@code value} is {@code #} and 6 or 8 hex digits, the formats Didit documents. */
  static boolean isHexColor(String value) {
    if ((value.length() != 7 && value.length() != 9) || value.charAt(0) != '#') {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds {@link DiditCustomizationUpdate}. Setters accept null, which leaves a member unset (not sent); {@link #build()} reports every
   * problem at once in an {@link dev.onboardkit.core.error.InvalidRequestException}.
   */
  public static final class Builder {
    private final WireFields f = new WireFields();

    Builder() {}

    /**
     * Sets the color of headers and primary text: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorPrimary the value; null to leave it unset
     * @return this builder
     */
    public Builder colorPrimary(@Nullable String colorPrimary) {
      f.set("color_primary", "colorPrimary", colorPrimary);
      return this;
    }

    /**
     * Sets the color of paragraphs and secondary text: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorSecondary the value; null to leave it unset
     * @return this builder
     */
    public Builder colorSecondary(@Nullable String colorSecondary) {
      f.set("color_secondary", "colorSecondary", colorSecondary);
      return this;
    }

    /**
     * Sets the color of the page background: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorBackground the value; null to leave it unset
     * @return this builder
     */
    public Builder colorBackground(@Nullable String colorBackground) {
      f.set("color_background", "colorBackground", colorBackground);
      return this;
    }

    /**
     * Sets the color of panels and accents: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorPanel the value; null to leave it unset
     * @return this builder
     */
    public Builder colorPanel(@Nullable String colorPanel) {
      f.set("color_panel", "colorPanel", colorPanel);
      return this;
    }

    /**
     * Sets the color of the light tint of panels: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorPanel10 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorPanel10(@Nullable String colorPanel10) {
      f.set("color_panel_10", "colorPanel10", colorPanel10);
      return this;
    }

    /**
     * Sets the color of primary text on panels: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorOnPanel1 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorOnPanel1(@Nullable String colorOnPanel1) {
      f.set("color_on_panel_1", "colorOnPanel1", colorOnPanel1);
      return this;
    }

    /**
     * Sets the color of secondary text on panels: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorOnPanel2 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorOnPanel2(@Nullable String colorOnPanel2) {
      f.set("color_on_panel_2", "colorOnPanel2", colorOnPanel2);
      return this;
    }

    /**
     * Sets the color of text on the background: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorOnBackground the value; null to leave it unset
     * @return this builder
     */
    public Builder colorOnBackground(@Nullable String colorOnBackground) {
      f.set("color_on_background", "colorOnBackground", colorOnBackground);
      return this;
    }

    /**
     * Sets the color of primary buttons: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorButton1 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorButton1(@Nullable String colorButton1) {
      f.set("color_button_1", "colorButton1", colorButton1);
      return this;
    }

    /**
     * Sets the color of secondary buttons: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorButton2 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorButton2(@Nullable String colorButton2) {
      f.set("color_button_2", "colorButton2", colorButton2);
      return this;
    }

    /**
     * Sets the color of the text of primary buttons: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorButtonText1 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorButtonText1(@Nullable String colorButtonText1) {
      f.set("color_button_text_1", "colorButtonText1", colorButtonText1);
      return this;
    }

    /**
     * Sets the color of the text of secondary buttons: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorButtonText2 the value; null to leave it unset
     * @return this builder
     */
    public Builder colorButtonText2(@Nullable String colorButtonText2) {
      f.set("color_button_text_2", "colorButtonText2", colorButtonText2);
      return this;
    }

    /**
     * Sets the color of the text of pills: {@code #RRGGBB} or {@code #RRGGBBAA}.
     *
     * @param colorPillText the value; null to leave it unset
     * @return this builder
     */
    public Builder colorPillText(@Nullable String colorPillText) {
      f.set("color_pill_text", "colorPillText", colorPillText);
      return this;
    }

    /**
     * Sets the corner radius of panels, in pixels.
     *
     * @param borderRadiusPanel the value; null to leave it unset
     * @return this builder
     */
    public Builder borderRadiusPanel(@Nullable Integer borderRadiusPanel) {
      f.set("border_radius_panel", "borderRadiusPanel", borderRadiusPanel);
      return this;
    }

    /**
     * Sets the corner radius of buttons, in pixels.
     *
     * @param borderRadiusButtons the value; null to leave it unset
     * @return this builder
     */
    public Builder borderRadiusButtons(@Nullable Integer borderRadiusButtons) {
      f.set("border_radius_buttons", "borderRadiusButtons", borderRadiusButtons);
      return this;
    }

    /**
     * Sets the Google Fonts family, such as {@code Inter}.
     *
     * @param fontFamily the value; null to leave it unset
     * @return this builder
     */
    public Builder fontFamily(@Nullable String fontFamily) {
      f.set("font_family", "fontFamily", fontFamily);
      return this;
    }

    /**
     * Sets the font weight, such as {@code regular}; it must exist for the family.
     *
     * @param fontWeight the value; null to leave it unset
     * @return this builder
     */
    public Builder fontWeight(@Nullable String fontWeight) {
      f.set("font_weight", "fontWeight", fontWeight);
      return this;
    }

    /**
     * Sets the application name shown to users.
     *
     * @param appPublicName the value; null to leave it unset
     * @return this builder
     */
    public Builder appPublicName(@Nullable String appPublicName) {
      f.set("app_public_name", "appPublicName", appPublicName);
      return this;
    }

    /**
     * Sets the URL of your privacy policy.
     *
     * @param privacyPolicyUrl the value; null to leave it unset
     * @return this builder
     */
    public Builder privacyPolicyUrl(@Nullable String privacyPolicyUrl) {
      f.set("privacy_policy_url", "privacyPolicyUrl", privacyPolicyUrl);
      return this;
    }

    /**
     * Sets whether the flow skips its welcome screen.
     *
     * @param skipWelcomeScreen the value; null to leave it unset
     * @return this builder
     */
    public Builder skipWelcomeScreen(@Nullable Boolean skipWelcomeScreen) {
      f.set("skip_welcome_screen", "skipWelcomeScreen", skipWelcomeScreen);
      return this;
    }

    /**
     * Sets whether the "log in with Didit" option is hidden.
     *
     * @param disableLoginWithDidit the value; null to leave it unset
     * @return this builder
     */
    public Builder disableLoginWithDidit(@Nullable Boolean disableLoginWithDidit) {
      f.set("disable_login_with_didit", "disableLoginWithDidit", disableLoginWithDidit);
      return this;
    }

    /**
     * Sets whether the progress bar is hidden.
     *
     * @param hideProgressBar the value; null to leave it unset
     * @return this builder
     */
    public Builder hideProgressBar(@Nullable Boolean hideProgressBar) {
      f.set("hide_progress_bar", "hideProgressBar", hideProgressBar);
      return this;
    }

    /**
     * Sets how many seconds the end screen waits before the redirect to the callback.
     *
     * @param callbackSeconds the value; null to leave it unset
     * @return this builder
     */
    public Builder callbackSeconds(@Nullable Integer callbackSeconds) {
      f.set("callback_seconds", "callbackSeconds", callbackSeconds);
      return this;
    }

    /**
     * Removes the square logo when true.
     *
     * @param deleteLogoSquare the value; null to leave it unset
     * @return this builder
     */
    public Builder deleteLogoSquare(@Nullable Boolean deleteLogoSquare) {
      f.set("delete_logo_square", "deleteLogoSquare", deleteLogoSquare);
      return this;
    }

    /**
     * Removes the rectangular logo when true.
     *
     * @param deleteLogoRectangular the value; null to leave it unset
     * @return this builder
     */
    public Builder deleteLogoRectangular(@Nullable Boolean deleteLogoRectangular) {
      f.set("delete_logo_rectangular", "deleteLogoRectangular", deleteLogoRectangular);
      return this;
    }

    /**
     * Removes the favicon when true.
     *
     * @param deleteFavicon the value; null to leave it unset
     * @return this builder
     */
    public Builder deleteFavicon(@Nullable Boolean deleteFavicon) {
      f.set("delete_favicon", "deleteFavicon", deleteFavicon);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws dev.onboardkit.core.error.InvalidRequestException listing every problem found
     */
    public DiditCustomizationUpdate build() {
      Problems problems = new Problems();
      f.check(problems);
      for (String color : COLORS) {
        String value = f.text(color);
        if (value != null && !isHexColor(value)) {
          problems.add(f.javaName(color), "must be a hex color, #RRGGBB or #RRGGBBAA");
        }
      }
      problems.throwIfAny();
      return new DiditCustomizationUpdate(f.snapshot());
    }
  }
}
