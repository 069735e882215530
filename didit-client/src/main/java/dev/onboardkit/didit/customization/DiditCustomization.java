package dev.onboardkit.didit.customization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onboardkit.core.internal.ResponseStyle;
import dev.onboardkit.core.json.ApiObject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The white-label branding of the verification flow, from {@code GET /customization/}: colors, font, corner radii,
 * logos and options, for the application of the API key. Logos and the font stylesheet are read-only URLs: set logos
 * with {@link DiditBrandingImages}.
 *
 * <p>Members this type does not name arrive in {@link #additionalProperties()}.
 */
@Value.Immutable
@ResponseStyle
@JsonDeserialize(builder = ImmutableDiditCustomization.Builder.class)
public abstract class DiditCustomization implements ApiObject {
  DiditCustomization() {}

  /**
   * Returns the color of headers and primary text.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_primary")
  public abstract Optional<String> colorPrimary();

  /**
   * Returns the color of paragraphs and secondary text.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_secondary")
  public abstract Optional<String> colorSecondary();

  /**
   * Returns the color of the page background.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_background")
  public abstract Optional<String> colorBackground();

  /**
   * Returns the color of panels and accents.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_panel")
  public abstract Optional<String> colorPanel();

  /**
   * Returns the color of the light tint of panels.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_panel_10")
  public abstract Optional<String> colorPanel10();

  /**
   * Returns the color of primary text on panels.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_on_panel_1")
  public abstract Optional<String> colorOnPanel1();

  /**
   * Returns the color of secondary text on panels.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_on_panel_2")
  public abstract Optional<String> colorOnPanel2();

  /**
   * Returns the color of text on the background.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_on_background")
  public abstract Optional<String> colorOnBackground();

  /**
   * Returns the color of primary buttons.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_button_1")
  public abstract Optional<String> colorButton1();

  /**
   * Returns the color of secondary buttons.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_button_2")
  public abstract Optional<String> colorButton2();

  /**
   * Returns the color of the text of primary buttons.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_button_text_1")
  public abstract Optional<String> colorButtonText1();

  /**
   * Returns the color of the text of secondary buttons.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_button_text_2")
  public abstract Optional<String> colorButtonText2();

  /**
   * Returns the color of the text of pills.
   *
   * @return the hex color, if sent
   */
  @JsonProperty("color_pill_text")
  public abstract Optional<String> colorPillText();

  /**
   * Returns the corner radius of panels, in pixels.
   *
   * @return the value, if sent
   */
  public abstract Optional<Integer> borderRadiusPanel();

  /**
   * Returns the corner radius of buttons, in pixels.
   *
   * @return the value, if sent
   */
  public abstract Optional<Integer> borderRadiusButtons();

  /**
   * Returns the Google Fonts family, such as {@code Inter}.
   *
   * @return the value, if sent
   */
  public abstract Optional<String> fontFamily();

  /**
   * Returns the font weight, such as {@code regular}; it must exist for the family.
   *
   * @return the value, if sent
   */
  public abstract Optional<String> fontWeight();

  /**
   * Returns the application name shown to users.
   *
   * @return the value, if sent
   */
  public abstract Optional<String> appPublicName();

  /**
   * Returns the URL of your privacy policy.
   *
   * @return the value, if sent
   */
  public abstract Optional<String> privacyPolicyUrl();

  /**
   * Returns whether the flow skips its welcome screen.
   *
   * @return the value, if sent
   */
  public abstract Optional<Boolean> skipWelcomeScreen();

  /**
   * Returns whether the "log in with Didit" option is hidden.
   *
   * @return the value, if sent
   */
  public abstract Optional<Boolean> disableLoginWithDidit();

  /**
   * Returns whether the progress bar is hidden.
   *
   * @return the value, if sent
   */
  public abstract Optional<Boolean> hideProgressBar();

  /**
   * Returns how many seconds the end screen waits before the redirect to the callback.
   *
   * @return the value, if sent
   */
  public abstract Optional<Integer> callbackSeconds();

  /**
   * Returns the stylesheet URL of the font (read-only).
   *
   * @return the URL; empty when none is set
   */
  public abstract Optional<String> fontUrl();

  /**
   * Returns the URL of the square logo (read-only).
   *
   * @return the URL; empty when none is set
   */
  public abstract Optional<String> logoSquare();

  /**
   * Returns the URL of the rectangular logo (read-only).
   *
   * @return the URL; empty when none is set
   */
  public abstract Optional<String> logoRectangular();

  /**
   * Returns the URL of the favicon (read-only).
   *
   * @return the URL; empty when none is set
   */
  public abstract Optional<String> favicon();
}
