/**
 * The white-label branding of the Didit verification flow ({@code client.customization()}): read it
 * ({@link dev.onboardkit.didit.customization.DiditCustomization}), change colors, font and options
 * ({@link dev.onboardkit.didit.customization.DiditCustomizationUpdate}) and upload logos
 * ({@link dev.onboardkit.didit.customization.DiditBrandingImages}, multipart).
 */
package dev.onboardkit.didit.customization;
