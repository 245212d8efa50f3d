/**
 * {@code bench serve}: a server on an ephemeral loopback port driven by N concurrent WebSocket clients
 * ({@code java.net.http}), each playing M steps as Blue against the default opponent and resetting as
 * episodes end; reports throughput and round-trip latency percentiles.
 *
 * <p>Depends on the server's root package and the JDK's HTTP client only.
 */
package org.cyberselfplay.server.bench;
