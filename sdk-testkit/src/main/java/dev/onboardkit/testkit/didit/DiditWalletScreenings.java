package dev.onboardkit.testkit.didit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardkit.core.Nullable;
import dev.onboardkit.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fake's wallet screening: {@link DiditScreeningTestData#SANCTIONED_WALLET} is a direct sanctions exposure (risk
 * 100, {@code CRITICAL}); any other valid address gets a deterministic low or medium risk derived from its SHA-256, so
 * the same address always screens the same.
 */
final class DiditWalletScreenings {
  static final List<String> CHAINS = List.of("BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB",
      "USDT", "USDC");
  private static final Pattern EVM = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern BTC = Pattern.compile("(bc1[0-9a-z]{8,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})");
  private static final Pattern OTHER = Pattern.compile("[0-9A-Za-z]{20,100}");

  private DiditWalletScreenings() {}

  /** Whether an address has the format of its chain (EVM chains: {@code 0x} and 40 hex digits). */
  static boolean validAddress(String address, String chain) {
    switch (chain) {
      case "ETH":
      case "MATIC":
      case "BNB":
        return EVM.matcher(address).matches();
      case "BTC":
        return BTC.matcher(address).matches();
      case "USDT":
      case "USDC":
        return EVM.matcher(address).matches() || OTHER.matcher(address).matches();
      default:
        return OTHER.matcher(address).matches();
    }
  }

  /** The standardised result of screening one address. */
  static ObjectNode result(String address, @Nullable String chain) {
    boolean sanctioned = DiditScreeningTestData.SANCTIONED_WALLET.equalsIgnoreCase(address);
    int risk = sanctioned ? 100 : Math.floorMod(sha256(address.toLowerCase(Locale.ROOT))[0], 40);
    ObjectNode o = Json.object();
    o.put("provider", "crystal");
    o.put("screening_type", "WALLET_SCREENING");
    o.put("risk_score", risk);
    o.put("severity", sanctioned ? "CRITICAL" : risk >= 25 ? "MEDIUM" : "LOW");
    o.put("status", "SCREENED");
    o.put("summary", sanctioned ? "Direct exposure to a sanctioned entity" : "No significant exposure to risky entities");
    o.put("wallet_address", address);
    o.put("blockchain", chain);
    o.put("sanctions_hit", sanctioned);
    o.put("dominant_risk_category", sanctioned ? "SANCTIONED" : null);
    ArrayNode sources = Json.array();
    if (sanctioned) {
      sources.add(Json.object().put("category", "SANCTIONED").put("exposure", "direct").put("percentage", 100));
    } else {
      sources.add(Json.object().put("category", "REGULATED_EXCHANGE").put("exposure", "direct")
          .put("percentage", 100 - risk));
      sources.add(Json.object().put("category", "UNIDENTIFIED_SERVICE").put("exposure", "indirect")
          .put("percentage", risk));
    }
    o.set("source_of_funds", sources);
    o.set("destination_of_funds", Json.array());
    o.set("counterparty_connections", Json.array());
    return o;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
