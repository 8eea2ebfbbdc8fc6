/**
 * Parses `cliUrl`, the address of a CLI server started elsewhere.
 *
 * @module
 */

/** A host and port. */
export interface CliAddress {
  /** The host name or IP. */
  hostname: string;
  /** The TCP port. */
  port: number;
}

/**
 * Parses `"8080"`, `"localhost:8080"`, `"127.0.0.1:9000"` or
 * `"http://127.0.0.1:9000"`. A bare port means `127.0.0.1`.
 *
 * @param cliUrl The address.
 * @returns The host and port.
 * @throws {TypeError} It is not an address with a port.
 */
export function parseCliUrl(cliUrl: string): CliAddress {
  const text = String(cliUrl).trim();
  let hostname = "127.0.0.1";
  let portText = text;
  if (!/^\d+$/.test(text)) {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `tcp://${text}`);
    } catch {
      throw invalid(text);
    }
    if (!url.hostname) throw invalid(text);
    hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
    if (hostname === "localhost") hostname = "127.0.0.1";
    portText = url.port;
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) throw invalid(text);
  return { hostname, port };
}

function invalid(text: string): TypeError {
  return new TypeError(
    `Invalid "cliUrl" ${
      JSON.stringify(text)
    }: use a port ("8080"), "host:port" ("localhost:8080") or a URL ("http://127.0.0.1:9000")`,
  );
}
