/**
 * What the jar's subcommands ({@code paper-gateway}, {@code replay}, {@code bars}) share: parsing
 * options.
 */
package dev.ibtrading.cli;
