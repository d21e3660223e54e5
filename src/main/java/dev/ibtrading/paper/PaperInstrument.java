package dev.ibtrading.paper;

/**
 * A stock or ETF the paper gateway knows, with the contract details it reports and the parameters
 * of its simulated price.
 *
 * @param conId the contract id reported for it (stable across runs)
 * @param subcategory IB's subcategory, empty where no real frame showed it
 * @param isin the ISIN reported as its security id, empty for none
 * @param startPrice the price model's level at its anchor date
 * @param annualVolatility the price model's volatility, e.g. 0.18 for 18% a year
 */
public record PaperInstrument(
    String symbol,
    int conId,
    String primaryExchange,
    String longName,
    String tradingClass,
    String industry,
    String category,
    String subcategory,
    String isin,
    double minTick,
    double startPrice,
    double annualVolatility) {}
