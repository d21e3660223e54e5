/**
 * The paper gateway: a TCP server that speaks the TWS API at server version 176 and trades a
 * simulated paper account. It is the worker's embedded default (as H2 is for a Spring app), the
 * counterpart of every test, and runs standalone with {@code java -jar target/ib-trading.jar
 * paper-gateway}. It decodes and encodes with the same message records as the client.
 */
package dev.ibtrading.paper;
