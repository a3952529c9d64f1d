import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from './config';

/**
 * The certificate to serve: the store's own (`TLS_CERT`/`TLS_KEY`), else a self-signed one made once and kept
 * in the data folder (the same generator Vite's dev server uses), so phones accept the warning only once.
 */
export async function loadTls(config: ServerConfig): Promise<{ key: string; cert: string }> {
  if (config.tlsCert && config.tlsKey) {
    return { cert: readFileSync(config.tlsCert, 'utf8'), key: readFileSync(config.tlsKey, 'utf8') };
  }
  const { getCertificate } = await import('@vitejs/plugin-basic-ssl');
  // One PEM holding both the key and the certificate; Node reads each part from it.
  const pem = await getCertificate(join(config.dataDir, 'tls'), 'shelfsight', ['localhost', '127.0.0.1']);
  return { key: pem, cert: pem };
}
