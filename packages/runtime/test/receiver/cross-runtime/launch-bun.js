// Serves the bundled worker with Bun.serve on a free loopback port and prints the port.
import worker from './worker.bundle.js';

const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: worker.fetch });
console.log(`port ${server.port}`);
