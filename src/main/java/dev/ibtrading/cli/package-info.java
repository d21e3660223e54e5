/** What the jar's subcommands ({@code paper-gateway}, {@code replay}) share: parsing options. */
package dev.ibtrading.cli;
