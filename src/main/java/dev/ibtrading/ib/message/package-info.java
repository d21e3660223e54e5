/**
 * One record per TWS message, with its layout at server version 176 written once and used in both
 * directions: our client encodes what the paper gateway decodes, and the other way round. Layouts
 * come from {@code shared/reference/tws-protocol.md} (section numbers are cited per record).
 *
 * <p>Every record implements {@link dev.ibtrading.ib.message.ClientMessage} (client to server) or
 * {@link dev.ibtrading.ib.message.ServerMessage} (server to client): {@code writeBody} writes the
 * fields after the message id, and a static {@code read(FieldReader)} reads them back. The type
 * enums map wire ids to those readers.
 */
package dev.ibtrading.ib.message;
