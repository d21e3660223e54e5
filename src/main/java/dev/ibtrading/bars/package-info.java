/**
 * {@code java -jar ib-trading.jar bars}: downloads daily bars through the TWS API from a real or
 * paper gateway, in requests a gateway accepts and at the pace IB allows, into the paper gateway's
 * bars CSV, which {@code replay --bars} reads.
 */
package dev.ibtrading.bars;
