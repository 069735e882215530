package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.testkit.internal.Json;
import java.util.List;

/**
 * The white-label branding of the Verification API fake ({@code /customization/}), starting from the values of
 * Didit's documented example with no logos. Guarded by the store's lock.
 */
final class DiditBranding {
  static final List<String> COLORS = List.of("color_primary", "color_secondary", "color_background", "color_panel",
      "color_panel_10", "color_on_panel_1", "color_on_panel_2", "color_on_background", "color_button_1",
      "color_button_2", "color_button_text_1", "color_button_text_2", "color_pill_text");
  static final List<String> INTEGERS = List.of("border_radius_panel", "border_radius_buttons", "callback_seconds");
  static final List<String> BOOLEANS = List.of("skip_welcome_screen", "disable_login_with_didit",
      "hide_progress_bar");
  static final List<String> TEXTS = List.of("font_family", "font_weight", "app_public_name", "privacy_policy_url");
  /** Each logo's multipart part, the member holding its URL, the flag that removes it, and its limit in bytes. */
  static final List<List<Object>> LOGOS = List.of(
      List.of("image_square", "logo_square", "delete_logo_square", 1024L * 1024),
      List.of("image_rectangular", "logo_rectangular", "delete_logo_rectangular", 1024L * 1024),
      List.of("image_favicon", "favicon", "delete_favicon", 500L * 1024));

  final ObjectNode values = Json.object();

  DiditBranding() {
    String[] colors = {"#000000", "#9DA1A1", "#FFFFFF", "#2567FF", "#1A1A1A", "#9DA1A1", "#F4F4F6", "#000000",
        "#2567FF", "#F8F8F8", "#FFFFFF", "#000000", "#111827"};
    for (int i = 0; i < COLORS.size(); i++) {
      values.put(COLORS.get(i), colors[i]);
    }
    values.put("border_radius_panel", 10);
    values.put("border_radius_buttons", 12);
    values.put("font_family", "Inter");
    values.put("font_weight", "regular");
    values.put("font_url", fontUrl("Inter"));
    values.putNull("logo_square");
    values.putNull("logo_rectangular");
    values.putNull("favicon");
    values.putNull("app_public_name");
    values.putNull("privacy_policy_url");
    values.put("skip_welcome_screen", false);
    values.put("disable_login_with_didit", false);
    values.put("hide_progress_bar", false);
    values.put("callback_seconds", 3);
  }

  static String fontUrl(String family) {
    return "https://fonts.googleapis.com/css2?family=" + family.replace(' ', '+')
        + ":wght@400;500;600;700&display=swap";
  }

  static boolean isHexColor(String v) {
    return v.matches("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})");
  }
}
