/**
 * Starts the API: reads the environment, listens, prints its URL, and on SIGTERM or
 * SIGINT stops accepting connections, lets in-flight requests finish, then exits 0.
 */
import { buildApp } from './app.js';
import { CONFIG_EXIT_CODE, ConfigError, loadConfig } from './config.js';
import { limits } from './http/limits.js';
import { PROBLEMS_PATH } from './http/problem.js';
import { REFERENCE_PREFIX } from './service/reference.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(CONFIG_EXIT_CODE);
    }
    throw error;
  }

  const app = await buildApp(config);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info(
      { signal },
      'shutting down: refusing new connections, finishing in-flight requests',
    );
    // A request that never ends must not keep the process alive forever.
    const deadline = setTimeout(() => {
      app.log.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, limits.shutdownTimeoutMs);
    deadline.unref();
    app.close().then(
      () => {
        app.log.info('closed');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  process.stdout.write(
    `API listening on ${url}\nAPI reference: ${url}${REFERENCE_PREFIX}\nProblem types: ${app.problemBaseUrl}${PROBLEMS_PATH}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `API failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
