/**
 * The TWS API byte level, shared by our client and the paper gateway: length-prefixed frames of
 * NUL-terminated ASCII fields, the unframed {@code API\0} hello, and typed field reading and
 * writing. Nothing here knows what a message means; see {@code dev.ibtrading.ib.message}.
 */
package dev.ibtrading.ib.wire;
